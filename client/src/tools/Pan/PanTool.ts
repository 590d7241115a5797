/**
 * Pan: idle → panning. The hand tool (H), and the overlay used while space is held or with
 * the middle mouse button over any tool; `id` tells the two apart in the reported state.
 */
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import { panning, type PanningInfo } from './panning';

export interface PanStates {
  idle: void;
  panning: PanningInfo;
}

export function createPanTool(editor: Editor, id: 'pan' | 'hand'): StateChart<PanStates> {
  return new StateChart<PanStates>(id, editor, 'idle', {
    idle: ({ chart }) => ({
      onPointerDown: (event) => chart.transition('panning', { last: event.screen }),
    }),
    panning,
  });
}
