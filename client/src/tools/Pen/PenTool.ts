/**
 * Penna: idle → drawing → (stroke written). The points of a stroke in progress stay in the
 * tool and the preview; the document gets one `stroke` element when the pointer lifts, so a
 * stroke is one write and one undo step, and others see it whole. The pen stays armed for the
 * next stroke, as in tldraw and Excalidraw.
 */
import type { Point } from '../../board/geometry';
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import type { ToolState } from '../types';
import { strokeFromPoints } from './strokeFromPoints';

export interface PenStates {
  idle: void;
  drawing: { start: Point };
}

/** Screen pixels the pointer must travel before another point is kept: fewer points, same line. */
const MIN_STEP_PX = 2;

export function createPenTool(editor: Editor): StateChart<PenStates> {
  return new StateChart<PenStates>('pen', editor, 'idle', {
    idle: ({ chart }): ToolState => ({
      onPointerDown: (event) => chart.transition('drawing', { start: event.point }),
    }),
    drawing: ({ editor, chart }, { start }): ToolState => {
      const points: number[] = [start.x, start.y];
      const style = editor.ui.get().pen;
      const show = () => editor.preview.draft.set({ kind: 'stroke', points: [...points], ...style });
      return {
        onEnter: show,
        onPointerMove(event) {
          const minStep = MIN_STEP_PX / editor.viewport.get().scale;
          const lastX = points[points.length - 2]!;
          const lastY = points[points.length - 1]!;
          if (Math.hypot(event.point.x - lastX, event.point.y - lastY) < minStep) return;
          points.push(event.point.x, event.point.y);
          show();
        },
        onPointerUp() {
          editor.create(strokeFromPoints(points, style));
          chart.transition('idle');
        },
        onCancel: () => chart.transition('idle'),
        onExit: () => editor.preview.draft.set(null),
      };
    },
  });
}
