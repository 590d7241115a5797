/**
 * Markera: idle → pointing → dragging, or idle → pointingCanvas → panning.
 * A press on an element selects it; moving past the threshold drags the selection (with the
 * cards attached to it); a press on empty space clears the selection and drags the view.
 */
import type { Editor } from '../../editor/Editor';
import { panning, type PanningInfo } from '../Pan/panning';
import { StateChart } from '../StateChart';
import { dragging, type DraggingInfo } from './dragging';
import { idle } from './idle';
import { pointing, pointingCanvas, type PointingCanvasInfo, type PointingInfo } from './pointing';

export interface SelectStates {
  idle: void;
  pointing: PointingInfo;
  dragging: DraggingInfo;
  pointingCanvas: PointingCanvasInfo;
  panning: PanningInfo;
}

export function createSelectTool(editor: Editor): StateChart<SelectStates> {
  return new StateChart<SelectStates>('select', editor, 'idle', {
    idle,
    pointing,
    dragging,
    pointingCanvas,
    panning,
  });
}
