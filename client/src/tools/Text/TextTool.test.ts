import { createElement, emptyTextSize, updateElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { at, click, createTestEditor, elements, key, testOrigin } from '../../editor/testing';

describe('the text tool', () => {
  it('a click starts an empty text of the chosen size there, open for writing, back in Markera', () => {
    const editor = createTestEditor();
    editor.setTextSize('l');
    editor.setTool('text');
    expect(editor.tools.state).toBe('text.idle');
    editor.tools.onPointerDown(at(300, 200));
    expect(editor.tools.state).toBe('text.pointing');
    editor.tools.onPointerUp(at(300, 200));

    const [text] = elements(editor);
    const box = emptyTextSize('l');
    expect(text).toMatchObject({ kind: 'text', text: '', size: 'l', x: 300, y: Math.round(200 - box.h / 2), ...box, createdBy: 'Modig Lo' });
    expect(editor.tools.state).toBe('select.idle');
    expect(editor.ui.get().editing).toEqual({ id: text!.id, field: 'text' });
    expect([...editor.selection.get()]).toEqual([text!.id]);
  });

  it('a click on a text that is there opens it instead of starting another', () => {
    const editor = createTestEditor();
    const id = createElement(editor.doc, { kind: 'text', x: 100, y: 100, w: 200, h: 30, text: 'Vem saknas?', size: 'm' });
    editor.setTool('text');
    click(editor, 150, 110);
    expect(elements(editor)).toHaveLength(1);
    expect(editor.ui.get().editing).toEqual({ id, field: 'text' });
  });

  it('a text left empty is removed when writing ends, leaving no undo step of its own', () => {
    const editor = createTestEditor();
    editor.setTool('note');
    click(editor, 400, 400);
    editor.stopEditing();
    editor.history.mark();
    editor.setTool('text');
    click(editor, 0, 0);
    expect(elements(editor).map((e) => e.kind)).toEqual(['note', 'text']);
    editor.stopEditing();
    expect(elements(editor).map((e) => e.kind)).toEqual(['note']);
    expect(editor.ui.get().editing).toBeNull();
    // One undo takes the note: the text that came and went is nothing to undo.
    editor.history.undo();
    expect(elements(editor)).toHaveLength(0);
  });

  it('a written text stays when writing ends; undo takes it away; every write has the local origin', () => {
    const editor = createTestEditor();
    const origins = new Set<unknown>();
    editor.doc.on('afterTransaction', (tr) => origins.add(tr.origin));
    editor.setTool('text');
    click(editor, 0, 0);
    const id = elements(editor)[0]!.id;
    updateElement(editor.doc, id, { text: 'Vad krävs?' }, editor.origin);
    editor.stopEditing();
    expect(elements(editor)).toEqual([expect.objectContaining({ id, kind: 'text', text: 'Vad krävs?' })]);
    expect([...origins]).toEqual([testOrigin]);
    editor.history.undo();
    expect(elements(editor)).toHaveLength(0);
  });

  it('Escape leaves the tool without writing anything', () => {
    const editor = createTestEditor();
    editor.setTool('text');
    expect(editor.tools.onKeyDown(key('Escape'))).toBe(true);
    expect(editor.tools.state).toBe('select.idle');
    expect(elements(editor)).toHaveLength(0);
  });
});
