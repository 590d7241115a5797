/**
 * Markera: idle → pointing → dragging, idle → pointingCanvas → brushing, or idle → resizing.
 * A press on an element selects it (Shift toggles it); moving past the threshold drags the
 * selection (with the cards attached to it); a drag on empty space draws a selection
 * rectangle, as in tldraw and Excalidraw (panning is space+drag, the middle button or the
 * hand tool); a press on a corner handle of the one selected element resizes it.
 */
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import { brushing, type BrushingInfo } from './brushing';
import { dragging, type DraggingInfo } from './dragging';
import { idle } from './idle';
import { pointing, pointingCanvas, type PointingCanvasInfo, type PointingInfo } from './pointing';
import { resizing, type ResizingInfo } from './resizing';

export interface SelectStates {
  idle: void;
  pointing: PointingInfo;
  dragging: DraggingInfo;
  pointingCanvas: PointingCanvasInfo;
  brushing: BrushingInfo;
  resizing: ResizingInfo;
}

export function createSelectTool(editor: Editor): StateChart<SelectStates> {
  return new StateChart<SelectStates>('select', editor, 'idle', {
    idle,
    pointing,
    dragging,
    pointingCanvas,
    brushing,
    resizing,
  });
}
