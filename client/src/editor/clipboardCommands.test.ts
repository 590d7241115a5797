import { createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { CLIPBOARD_TYPE } from '../board/clipboard';
import { copySelection, cutSelection, paste } from './clipboardCommands';
import { createTestEditor, elements } from './testing';

const actor = (x: number, label: string) => ({ kind: 'actor', x, y: 0, w: 200, h: 80, category: 'region', label } as const);

describe('copy, cut and paste', () => {
  it('copies actors with their cards and the connector between them into another board, centred on the pointer', () => {
    const source = createTestEditor();
    const a = createElement(source.doc, actor(0, 'Region'));
    const b = createElement(source.doc, actor(400, 'Kommun'));
    createElement(source.doc, { kind: 'obstacle', x: 10, y: 10, w: 180, h: 110, text: 'Stuprör', attachedTo: a });
    createElement(source.doc, { kind: 'connector', x: 0, y: 0, from: a, to: b, relation: 'mandat', label: '', arrowheads: 'end' });
    source.selectAll();
    const text = copySelection(source);
    expect(JSON.parse(text!)).toMatchObject({ type: CLIPBOARD_TYPE });

    const target = createTestEditor();
    target.pointer = { x: 1300, y: 1040 };
    expect(paste(target, text!)).toBe(true);
    const pasted = elements(target);
    expect(pasted.map((e) => e.kind).sort()).toEqual(['actor', 'actor', 'connector', 'obstacle']);
    const [region, kommun] = ['Region', 'Kommun'].map((label) => pasted.find((e) => e.kind === 'actor' && e.label === label)!);
    // The copied group (0,0)–(600,120) has its centre (300, 60) moved to the pointer.
    expect(region).toMatchObject({ x: 1000, y: 980 });
    expect(pasted.find((e) => e.kind === 'connector')).toMatchObject({ from: region!.id, to: kommun!.id, relation: 'mandat' });
    expect(pasted.find((e) => e.kind === 'obstacle')).toMatchObject({ attachedTo: region!.id, text: 'Stuprör' });
    expect(target.selection.get().size).toBe(4);
  });

  it('plain text becomes one note per non-empty line, in rows', () => {
    const editor = createTestEditor();
    editor.pointer = { x: 0, y: 0 };
    paste(editor, 'Tillit\r\n\n  Gemensam målbild  \nUthållig finansiering\n');
    const notes = elements(editor);
    expect(notes.map((n) => (n.kind === 'note' ? n.text : n.kind))).toEqual(['Tillit', 'Gemensam målbild', 'Uthållig finansiering']);
    expect(new Set(notes.map((n) => n.y)).size).toBe(1);
    expect(paste(editor, ' \n ')).toBe(false);
  });

  it('skips elements our schema cannot read; cut removes what it copied, undone in one step', () => {
    const editor = createTestEditor();
    const broken = JSON.stringify({ type: CLIPBOARD_TYPE, version: 1, elements: [{ id: 'x', kind: 'actor', x: 'left' }, { id: 'y', kind: 'note', x: 0, y: 0, w: 180, h: 110, text: 'Läsbar' }] });
    paste(editor, broken);
    expect(elements(editor)).toEqual([expect.objectContaining({ kind: 'note', text: 'Läsbar' })]);

    editor.history.mark();
    editor.selectAll();
    const text = cutSelection(editor);
    expect(text).toContain('Läsbar');
    expect(elements(editor)).toHaveLength(0);
    editor.history.undo();
    expect(elements(editor)).toHaveLength(1);
  });
});
