import { createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { boardActionRegistry } from '../actions/boardActions';
import { at, click, createTestEditor, drag, elements } from './testing';

const card = { kind: 'note', x: 0, y: 0, w: 180, h: 110, text: 'Fast' } as const;

describe('a read-only board', () => {
  it('drops the gesture and the text in progress and goes back to Markera when the server says so', () => {
    const editor = createTestEditor();
    const id = createElement(editor.doc, card);
    editor.startEditing(id);
    editor.setTool('pen');
    drag(editor, [300, 300], [400, 400], false);
    expect(editor.tools.state).toBe('pen.drawing');

    editor.setReadOnly(true);
    expect(editor.tools.state).toBe('select.idle');
    expect(editor.ui.get()).toMatchObject({ tool: 'select', editing: null, readOnly: true });
    expect(editor.preview.draft.get()).toBeNull();
    expect(elements(editor)).toHaveLength(1);
  });

  it('refuses every editing tool and command, keeps selecting, panning and zooming', () => {
    const editor = createTestEditor();
    const id = createElement(editor.doc, card);
    editor.setReadOnly(true);
    for (const tool of ['actor', 'enabler', 'obstacle', 'note', 'connect', 'pen', 'eraser', 'zone'] as const) {
      editor.setTool(tool);
      expect(editor.ui.get().tool).toBe('select');
    }
    editor.setTool('hand');
    expect(editor.ui.get().tool).toBe('hand');
    editor.setTool('select');

    const available = (action: string) => boardActionRegistry.available(boardActionRegistry.get(action)!, editor);
    click(editor, 50, 50);
    expect([...editor.selection.get()]).toEqual([id]);
    for (const action of ['pen', 'zone', 'levels', 'delete', 'duplicate', 'undo', 'redo', 'cut', 'paste', 'bringToFront']) {
      expect(available(action), action).toBe(false);
    }
    for (const action of ['select', 'hand', 'copy', 'zoomToFit', 'resetZoom', 'help', 'selectAll']) {
      expect(available(action), action).toBe(true);
    }

    // Neither a drag nor a corner handle moves or resizes it, and a double-click opens no text.
    drag(editor, [50, 50], [250, 250]);
    drag(editor, [180, 110], [400, 400]);
    editor.tools.onDoubleClick(at(50, 50));
    expect(elements(editor)[0]).toMatchObject({ x: 0, y: 0, w: 180, h: 110 });
    expect(editor.ui.get().editing).toBeNull();

    editor.setReadOnly(false);
    expect(available('delete')).toBe(true);
    drag(editor, [50, 50], [250, 250]);
    expect(elements(editor)[0]).toMatchObject({ x: 200, y: 200 });
  });
});
