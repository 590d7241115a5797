import { useSyncExternalStore } from 'react';
import { Rect } from './konvaShapes';
import { elementRect } from '../board/geometry';
import { usePresence } from '../editor/EditorContext';
import { useElementView, useViewport } from '../editor/hooks';

/** Screen pixels between an element and the outline of someone else's selection. */
const OUTLINE_GAP_PX = 4;

/** What other people have selected, outlined in their colour (dashed, so it never reads as ours). */
export function PeerSelections() {
  const presence = usePresence();
  const peers = useSyncExternalStore(presence.subscribe, presence.getPeers);
  return (
    <>
      {peers.flatMap((peer) =>
        peer.selection.map((id) => <PeerOutline key={`${peer.clientId}:${id}`} id={id} color={peer.color} />),
      )}
    </>
  );
}

function PeerOutline({ id, color }: { id: string; color: string }) {
  const element = useElementView(id);
  const { scale } = useViewport();
  const rect = element ? elementRect(element) : null;
  if (!rect) return null;
  const gap = OUTLINE_GAP_PX / scale;
  return (
    <Rect
      x={rect.x - gap}
      y={rect.y - gap}
      width={rect.w + gap * 2}
      height={rect.h + gap * 2}
      stroke={color}
      strokeWidth={2}
      dash={[6, 4]}
      strokeScaleEnabled={false}
      cornerRadius={4 / scale}
    />
  );
}
