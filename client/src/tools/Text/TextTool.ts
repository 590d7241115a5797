/**
 * Text: idle → pointing → (writing). A click starts a free text there, ready to type; a click
 * on a text that is already there opens that one instead (Excalidraw's habit). Either way the
 * editor returns to Markera, as after placing a card, and a text left empty vanishes when
 * writing ends (`Editor.stopEditing`).
 */
import { emptyTextSize } from '@samkarta/shared';
import type { Point } from '../../board/geometry';
import { elementAt } from '../../board/hitTest';
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import type { ToolState } from '../types';

export interface TextStates {
  idle: void;
  pointing: { start: Point };
}

/** A new empty text in the chosen size, its first line centred vertically on `at`. */
export function placeText(editor: Editor, at: Point): string {
  const size = editor.ui.get().textSize;
  const box = emptyTextSize(size);
  return editor.create({ kind: 'text', x: Math.round(at.x), y: Math.round(at.y - box.h / 2), ...box, text: '', size });
}

export function createTextTool(editor: Editor): StateChart<TextStates> {
  return new StateChart<TextStates>('text', editor, 'idle', {
    idle: ({ chart }): ToolState => ({
      onPointerDown: (event) => chart.transition('pointing', { start: event.point }),
    }),
    pointing: ({ editor, chart }, { start }): ToolState => ({
      onPointerUp() {
        const existing = elementAt(editor.store, start, { kinds: ['text'] });
        const id = existing?.id ?? placeText(editor, start);
        chart.transition('idle');
        editor.setTool('select');
        editor.select([id]);
        editor.startEditing(id);
      },
      onCancel: () => chart.transition('idle'),
    }),
  });
}
