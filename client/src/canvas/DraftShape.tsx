/** What a pen or zone gesture is drawing before it is written: the stroke as it will look, or the zone's outline. */
import { useSyncExternalStore } from 'react';
import { Line, Rect } from './konvaShapes';
import { useEditor } from '../editor/EditorContext';
import { strokeOutline } from './strokeOutline';
import { ACCENT } from './theme';

export function DraftShape() {
  const { preview } = useEditor();
  const draft = useSyncExternalStore(preview.draft.subscribe, preview.draft.get);
  if (draft?.kind === 'stroke') {
    return <Line points={strokeOutline(draft.points, draft.width)} closed fill={draft.color} />;
  }
  if (draft?.kind === 'zone') {
    const { x, y, w, h } = draft.rect;
    return <Rect x={x} y={y} width={w} height={h} cornerRadius={16} stroke={ACCENT} strokeWidth={1.5} strokeScaleEnabled={false} dash={[8, 6]} fill="rgba(99, 115, 129, 0.06)" />;
  }
  return null;
}
