/**
 * The selection rectangle: dragging on empty space selects everything the rectangle touches,
 * live; with Shift held at the press it adds to what was selected before.
 */
import { idsTouching, rectBetween } from '../../board/marquee';
import type { Point } from '../../board/geometry';
import type { StateContext } from '../StateChart';
import type { ToolState } from '../types';
import type { SelectStates } from './SelectTool';

export interface BrushingInfo {
  /** Board point of the press. */
  start: Point;
  /** The selection to add to (empty unless Shift was held). */
  base: ReadonlySet<string>;
}

export function brushing({ editor, chart }: StateContext<SelectStates>, info: BrushingInfo): ToolState {
  const finish = () => {
    editor.preview.marquee.set(null);
    chart.transition('idle');
  };
  return {
    onPointerMove(event) {
      const rect = rectBetween(info.start, event.point);
      editor.preview.marquee.set(rect);
      editor.select([...info.base, ...idsTouching(editor.store, rect)]);
    },
    onPointerUp: finish,
    onCancel() {
      editor.select(info.base);
      finish();
    },
  };
}
