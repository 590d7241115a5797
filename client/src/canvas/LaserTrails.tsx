import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Circle, Group, Line } from './konvaShapes';
import { useEditor, usePresence } from '../editor/EditorContext';
import { useViewport } from '../editor/hooks';
import { LaserTrails as Trails, type LaserTrailView } from '../presence/laserTrail';

const OWN_KEY = 'self';
const OWN_COLOR = '#e03131';

/** Everyone's laser pointer, ours included, as a trail that fades; animates only while one shows. */
export function LaserTrails() {
  const editor = useEditor();
  const presence = usePresence();
  const peers = useSyncExternalStore(presence.subscribe, presence.getPeers);
  const ownLaser = useSyncExternalStore(editor.laser.subscribe, editor.laser.get);
  const trails = useRef(new Trails());
  const [views, setViews] = useState<LaserTrailView[]>([]);
  const { scale } = useViewport();

  useEffect(() => {
    const now = performance.now();
    trails.current.record(OWN_KEY, OWN_COLOR, ownLaser, now);
    for (const peer of peers) trails.current.record(String(peer.clientId), peer.color, peer.laser, now);
    trails.current.keepOnly(new Set([OWN_KEY, ...peers.map((peer) => String(peer.clientId))]));
    if (trails.current.empty) return;
    let frame = requestAnimationFrame(function tick(time) {
      setViews(trails.current.view(time));
      if (!trails.current.empty) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [peers, ownLaser]);

  return (
    <>
      {views.map((view) => (
        <Group key={view.key} listening={false}>
          {view.segments.map((segment, i) => (
            <Line
              key={i}
              points={segment.points}
              stroke={view.color}
              strokeWidth={4}
              strokeScaleEnabled={false}
              lineCap="round"
              opacity={segment.opacity}
            />
          ))}
          {view.head && <Circle x={view.head.x} y={view.head.y} radius={5 / scale} fill={view.color} />}
        </Group>
      ))}
    </>
  );
}
