/**
 * What the select tool draws over the map: the selection rectangle while brushing, and the
 * corner handles of the one selected element that can be resized (none on a read-only board,
 * where nothing can be). On a layer of their own
 * (with the cursors), so drawing them never redraws the map.
 */
import { useSyncExternalStore } from 'react';
import { Rect } from './konvaShapes';
import { cornerPoint, corners, HANDLE_SIZE_PX, isResizable } from '../board/handles';
import { elementRect } from '../board/geometry';
import { useEditor } from '../editor/EditorContext';
import { useElementView, useSelection, useUi, useViewport } from '../editor/hooks';
import { ACCENT } from './theme';

export function SelectionOverlay() {
  return (
    <>
      <Marquee />
      <ResizeHandles />
    </>
  );
}

function Marquee() {
  const { preview } = useEditor();
  const rect = useSyncExternalStore(preview.marquee.subscribe, preview.marquee.get);
  if (!rect) return null;
  return (
    <Rect
      x={rect.x}
      y={rect.y}
      width={rect.w}
      height={rect.h}
      fill="rgba(37, 99, 235, 0.08)"
      stroke={ACCENT}
      strokeWidth={1}
      strokeScaleEnabled={false}
    />
  );
}

function ResizeHandles() {
  const selection = useSelection();
  const [only] = selection;
  const element = useElementView(selection.size === 1 && only ? only : '');
  const { scale } = useViewport();
  const readOnly = useUi((ui) => ui.readOnly);
  const rect = element && !readOnly && isResizable(element) ? elementRect(element) : null;
  if (!rect) return null;
  const size = HANDLE_SIZE_PX / scale;
  return (
    <>
      {corners.map((corner) => {
        const p = cornerPoint(rect, corner);
        return (
          <Rect
            key={corner}
            x={p.x - size / 2}
            y={p.y - size / 2}
            width={size}
            height={size}
            cornerRadius={2 / scale}
            fill="#ffffff"
            stroke={ACCENT}
            strokeWidth={1.5}
            strokeScaleEnabled={false}
          />
        );
      })}
    </>
  );
}
