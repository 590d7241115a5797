import type { Point } from '../../board/geometry';
import type { StateContext } from '../StateChart';
import { movedBeyondThreshold, type ToolState } from '../types';
import type { BrushingInfo } from './brushing';
import type { SelectStates } from './SelectTool';

export interface PointingInfo {
  /** Board point of the press. */
  start: Point;
  /** Screen point of the press, for the drag threshold. */
  screen: Point;
}

/** Pressed on an element: a click if released in place, a drag once the pointer wanders. */
export function pointing({ editor, chart }: StateContext<SelectStates>, info: PointingInfo): ToolState {
  return {
    onPointerMove(event) {
      if (!movedBeyondThreshold(info.screen, event.screen)) return;
      const ids = editor.draggableIds();
      if (ids.length === 0) {
        chart.transition('idle');
        return;
      }
      chart.transition('dragging', { start: info.start, ids });
      chart.onPointerMove(event);
    },
    onPointerUp: () => chart.transition('idle'),
    onCancel: () => chart.transition('idle'),
  };
}

export interface PointingCanvasInfo extends BrushingInfo {
  /** Screen point of the press, for the drag threshold. */
  screen: Point;
}

/** Pressed on empty space: a click clears the selection, a drag draws a selection rectangle. */
export function pointingCanvas({ chart }: StateContext<SelectStates>, info: PointingCanvasInfo): ToolState {
  return {
    onPointerMove(event) {
      if (!movedBeyondThreshold(info.screen, event.screen)) return;
      chart.transition('brushing', { start: info.start, base: info.base });
      chart.onPointerMove(event);
    },
    onPointerUp: () => chart.transition('idle'),
    onCancel: () => chart.transition('idle'),
  };
}
