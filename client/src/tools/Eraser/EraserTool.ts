/**
 * Suddgummi: idle → erasing. Every pen stroke the pointer touches while pressed is removed at
 * once (you see what goes); only strokes, so a slip never takes a card or an actor. All
 * removals of one press are one undo step, because the history is cut at presses only.
 */
import { deleteElements } from '@samkarta/shared';
import type { Point } from '../../board/geometry';
import { elementAt } from '../../board/hitTest';
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import type { ToolState } from '../types';

export interface EraserStates {
  idle: void;
  erasing: { start: Point };
}

/** Screen pixels around the pointer that count as touching. */
const ERASER_RADIUS_PX = 8;

/** Removes the strokes along the segment from `from` to `to`, probed every few pixels so a fast swipe misses nothing. */
export function eraseAlong(editor: Editor, from: Point, to: Point): void {
  const scale = editor.viewport.get().scale;
  const tolerance = ERASER_RADIUS_PX / scale;
  // Bounded: a swipe across a 4K screen is far below the cap.
  const steps = Math.min(500, Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / tolerance)));
  const hit = new Set<string>();
  for (let i = 0; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    const stroke = elementAt(editor.store, point, { kinds: ['stroke'], tolerance, exclude: hit });
    if (stroke) hit.add(stroke.id);
  }
  if (hit.size > 0) deleteElements(editor.doc, [...hit], editor.origin);
}

export function createEraserTool(editor: Editor): StateChart<EraserStates> {
  return new StateChart<EraserStates>('eraser', editor, 'idle', {
    idle: ({ chart }): ToolState => ({
      onPointerDown: (event) => chart.transition('erasing', { start: event.point }),
    }),
    erasing: ({ editor, chart }, { start }): ToolState => {
      let last = start;
      return {
        onEnter: () => eraseAlong(editor, start, start),
        onPointerMove(event) {
          eraseAlong(editor, last, event.point);
          last = event.point;
        },
        onPointerUp: () => chart.transition('idle'),
        onCancel: () => chart.transition('idle'),
      };
    },
  });
}
