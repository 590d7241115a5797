/** Pan: idle → panning. Used while space is held or with the middle mouse button, over any tool. */
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import { panning, type PanningInfo } from './panning';

export interface PanStates {
  idle: void;
  panning: PanningInfo;
}

export function createPanTool(editor: Editor): StateChart<PanStates> {
  return new StateChart<PanStates>('pan', editor, 'idle', {
    idle: ({ chart }) => ({
      onPointerDown: (event) => chart.transition('panning', { last: event.screen }),
    }),
    panning,
  });
}
