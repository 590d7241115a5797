/**
 * Aktör, Framgångsfaktor, Hinder, Anteckning: idle → pointing → (placed).
 * A click places the element centred on the pointer, selects it and opens its text for
 * writing; the editor then returns to Markera, as after any finished placement.
 */
import type { Point } from '../../board/geometry';
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import type { ToolState } from '../types';
import { placeElement, type PlaceableKind } from './placeElement';

export interface PlaceStates {
  idle: void;
  pointing: { start: Point };
}

export function createPlaceTool(editor: Editor, kind: PlaceableKind): StateChart<PlaceStates> {
  return new StateChart<PlaceStates>(kind, editor, 'idle', {
    idle: ({ chart }): ToolState => ({
      onPointerDown: (event) => chart.transition('pointing', { start: event.point }),
    }),
    pointing: ({ editor, chart }, { start }): ToolState => ({
      onPointerUp() {
        const id = placeElement(editor, kind, start);
        chart.transition('idle');
        editor.setTool('select');
        editor.select([id]);
        editor.startEditing(id);
      },
      onCancel: () => chart.transition('idle'),
    }),
  });
}
