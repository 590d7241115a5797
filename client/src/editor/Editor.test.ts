import { createElement, readElements } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { boardActionRegistry } from '../actions/boardActions';
import { createTestEditor, elements } from './testing';

const actor = (x: number, label: string) => ({ kind: 'actor', x, y: 0, w: 200, h: 80, category: 'region', label } as const);
const run = (editor: ReturnType<typeof createTestEditor>, id: string) => {
  editor.history.mark();
  boardActionRegistry.get(id)!.perform(editor);
};

describe('editing commands', () => {
  it('Ctrl+A selects everything; Ctrl+D copies the selection with its cards, selects the copies, one undo step', () => {
    const editor = createTestEditor();
    const a = createElement(editor.doc, actor(0, 'Region'));
    const card = createElement(editor.doc, { kind: 'enabler', x: 10, y: 10, w: 180, h: 110, text: 'Tillit', attachedTo: a });
    const b = createElement(editor.doc, actor(400, 'Kommun'));
    run(editor, 'selectAll');
    expect(new Set(editor.selection.get())).toEqual(new Set([a, card, b]));

    editor.select([a]);
    run(editor, 'duplicate');
    const all = elements(editor);
    expect(all).toHaveLength(5);
    const [copy] = [...editor.selection.get()];
    const copied = all.find((e) => e.id === copy);
    expect(copied).toMatchObject({ kind: 'actor', label: 'Region', x: 24, y: 24, createdBy: 'Modig Lo' });
    expect(all.find((e) => e.kind === 'enabler' && e.id !== card)).toMatchObject({ text: 'Tillit', attachedTo: copy, x: 34, y: 34 });

    run(editor, 'undo');
    expect(readElements(editor.doc).map((e) => e.id).sort()).toEqual([a, card, b].sort());
  });

  it('] brings the selection to the front and [ sends it to the back', () => {
    const editor = createTestEditor();
    const ids = ['A', 'B', 'C'].map((label, i) => createElement(editor.doc, actor(i * 10, label)));
    const order = () => editor.store.getOrder().map((id) => ids.indexOf(id));
    editor.select([ids[0]!]);
    run(editor, 'bringToFront');
    expect(order()).toEqual([1, 2, 0]);
    editor.select([ids[2]!]);
    run(editor, 'sendToBack');
    expect(order()).toEqual([2, 1, 0]);
    run(editor, 'undo');
    expect(order()).toEqual([1, 2, 0]);
  });
});
