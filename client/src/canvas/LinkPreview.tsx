import { useSyncExternalStore } from 'react';
import { Arrow } from './konvaShapes';
import { elementRect, segmentToPoint } from '../board/geometry';
import { useEditor } from '../editor/EditorContext';
import { useElement } from '../editor/hooks';
import { ACCENT } from './theme';

/** The connector being drawn by the Koppla tool, from its first actor to the pointer. */
export function LinkPreview() {
  const { preview } = useEditor();
  const link = useSyncExternalStore(preview.link.subscribe, preview.link.get);
  const from = useElement(link?.from ?? '');
  const rect = from && elementRect(from);
  if (!link || !rect) return null;
  const s = segmentToPoint(rect, link.to);
  return (
    <Arrow
      points={[s.x1, s.y1, s.x2, s.y2]}
      stroke={ACCENT}
      fill={ACCENT}
      strokeWidth={2}
      strokeScaleEnabled={false}
      dash={[6, 5]}
      pointerLength={10}
      pointerWidth={10}
    />
  );
}
