/** The panning state, shared by every tool that pans: the Pan tool, and Select on empty space. */
import type { Point } from '../../board/geometry';
import { panBy } from '../../editor/viewport';
import type { StateContext } from '../StateChart';
import type { ToolState } from '../types';

export interface PanningInfo {
  /** Screen point of the previous pointer event. */
  last: Point;
}

export function panning<S extends { panning: PanningInfo }>(
  { editor, chart }: StateContext<S>,
  info: PanningInfo,
): ToolState {
  let last = info.last;
  const finish = () => {
    editor.setPanning(false);
    chart.enter();
  };
  return {
    onEnter: () => editor.setPanning(true),
    onPointerMove(event) {
      editor.viewport.update((v) => panBy(v, event.screen.x - last.x, event.screen.y - last.y));
      last = event.screen;
    },
    onPointerUp: finish,
    onCancel: finish,
  };
}
