import type { Point } from '../../board/geometry';
import type { StateContext } from '../StateChart';
import { movedBeyondThreshold, type ToolState } from '../types';
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

export interface PointingCanvasInfo {
  start: Point;
}

/** Pressed on empty space: dragging from here pans the view. */
export function pointingCanvas({ chart }: StateContext<SelectStates>, info: PointingCanvasInfo): ToolState {
  return {
    onPointerMove(event) {
      if (!movedBeyondThreshold(info.start, event.screen)) return;
      chart.transition('panning', { last: info.start });
      chart.onPointerMove(event);
    },
    onPointerUp: () => chart.transition('idle'),
    onCancel: () => chart.transition('idle'),
  };
}
