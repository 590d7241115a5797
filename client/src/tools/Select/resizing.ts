/**
 * Resizing the one selected actor, card or zone by a corner handle. Like dragging, the view
 * follows every move through the preview store and the document gets throttled writes plus a
 * final one; all of it is one undo step.
 */
import { updateElement } from '@samkarta/shared';
import { corners, cornerPoint, HANDLE_HIT_PX, isResizable, resizeRect, type Corner } from '../../board/handles';
import { elementRect, type Point, type Rect } from '../../board/geometry';
import type { Editor } from '../../editor/Editor';
import { throttle } from '../../editor/throttle';
import type { StateContext } from '../StateChart';
import type { ToolState } from '../types';
import { DRAG_WRITE_INTERVAL_MS } from './dragging';
import type { SelectStates } from './SelectTool';

export interface ResizingInfo {
  id: string;
  corner: Corner;
  origin: Rect;
  start: Point;
}

/** The handle under `point`, if exactly one resizable element is selected. */
export function resizeHandleAt(editor: Editor, point: Point): Omit<ResizingInfo, 'start'> | null {
  const selection = editor.selection.get();
  if (selection.size !== 1 || editor.isReadOnly()) return null;
  const [id] = selection;
  const element = id === undefined ? undefined : editor.store.get(id);
  const rect = element && isResizable(element) ? elementRect(element) : null;
  if (!element || !rect) return null;
  const reach = HANDLE_HIT_PX / editor.viewport.get().scale;
  const corner = corners.find((c) => {
    const p = cornerPoint(rect, c);
    return Math.abs(p.x - point.x) <= reach && Math.abs(p.y - point.y) <= reach;
  });
  return corner ? { id: element.id, corner, origin: rect } : null;
}

export function resizing({ editor, chart }: StateContext<SelectStates>, info: ResizingInfo): ToolState {
  const kind = editor.store.get(info.id)?.kind ?? 'actor';
  let rect = info.origin;
  let written = false;
  const write = throttle(() => {
    written = true;
    updateElement(editor.doc, info.id, { ...rect }, editor.origin);
  }, DRAG_WRITE_INTERVAL_MS, editor.now);
  const finish = () => {
    write.cancel();
    editor.preview.clear();
    chart.transition('idle');
  };
  return {
    onPointerMove(event) {
      rect = resizeRect(kind, info.origin, info.corner, event.point.x - info.start.x, event.point.y - info.start.y);
      editor.preview.setPositions(new Map([[info.id, rect]]));
      write();
    },
    onPointerUp() {
      write.cancel();
      updateElement(editor.doc, info.id, { ...rect }, editor.origin);
      finish();
    },
    onCancel() {
      if (written) updateElement(editor.doc, info.id, { ...info.origin }, editor.origin);
      finish();
    },
  };
}
