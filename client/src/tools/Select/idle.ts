import type { StateContext } from '../StateChart';
import type { ToolState } from '../types';
import { resizeHandleAt } from './resizing';
import type { SelectStates } from './SelectTool';

export function idle({ editor, chart }: StateContext<SelectStates>): ToolState {
  return {
    onPointerDown(event) {
      const handle = resizeHandleAt(editor, event.point);
      if (handle) {
        chart.transition('resizing', { ...handle, start: event.point });
        return;
      }
      const hit = editor.hitTest(event.point);
      if (!hit) {
        if (!event.shiftKey) editor.select([]);
        chart.transition('pointingCanvas', { start: event.point, screen: event.screen, base: editor.selection.get() });
        return;
      }
      if (event.shiftKey) editor.toggleSelected(hit.id);
      else if (!editor.selection.get().has(hit.id)) editor.select([hit.id]);
      chart.transition('pointing', { start: event.point, screen: event.screen });
    },
    onDoubleClick(event) {
      const hit = editor.hitTest(event.point);
      if (hit) {
        editor.select([hit.id]);
        editor.startEditing(hit.id);
      }
    },
  };
}
