import { useSyncExternalStore } from 'react';
import { Group, Label, Path, Tag, Text } from './konvaShapes';
import { usePresence } from '../editor/EditorContext';
import { useViewport } from '../editor/hooks';
import { FONT_FAMILY } from './theme';

const POINTER = 'M0 0 L0 17 L4.6 12.6 L8 20 L11 18.7 L7.6 11.4 L13.6 11.4 Z';

/** Everyone else's pointer with their name, kept at screen size whatever the zoom. */
export function PeerCursors() {
  const presence = usePresence();
  const peers = useSyncExternalStore(presence.subscribe, presence.getPeers);
  const { scale } = useViewport();
  return (
    <>
      {peers.map((peer) =>
        peer.cursor ? (
          <Group key={peer.clientId} x={peer.cursor.x} y={peer.cursor.y} scaleX={1 / scale} scaleY={1 / scale}>
            <Path data={POINTER} fill={peer.color} stroke="#ffffff" strokeWidth={1.5} />
            <Label x={12} y={20}>
              <Tag fill={peer.color} cornerRadius={6} />
              <Text text={peer.name} fontSize={12} fontStyle="600" fontFamily={FONT_FAMILY} fill="#ffffff" padding={5} />
            </Label>
          </Group>
        ) : null,
      )}
    </>
  );
}
