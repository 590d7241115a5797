import { createElement, moveElements, readElements, updateElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Editor } from './Editor';

/** Two people on one board: each doc applies the other's updates, as the relay would. */
function twoPeople() {
  const alice = new Editor({ doc: new Y.Doc(), origin: { name: 'alice' } });
  const bob = new Editor({ doc: new Y.Doc(), origin: { name: 'bob' } });
  const remote = { name: 'network' };
  alice.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(bob.doc, update, remote));
  bob.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(alice.doc, update, remote));
  return { alice, bob };
}

const actor = (x: number, label: string) => ({ kind: 'actor', x, y: 0, w: 200, h: 80, category: 'region', label } as const);
const labels = (editor: Editor) => readElements(editor.doc).map((e) => ('label' in e ? e.label : 'text' in e ? e.text : e.kind));

describe('History', () => {
  it('undoes only my own work; another person’s elements and edits stay', () => {
    const { alice, bob } = twoPeople();
    createElement(alice.doc, actor(0, 'Region'), { origin: alice.origin });
    alice.history.mark();
    const bobsCard = createElement(bob.doc, { kind: 'obstacle', x: 0, y: 200, w: 180, h: 110, text: 'Stuprör' }, { origin: bob.origin });
    createElement(alice.doc, actor(400, 'Kommun'), { origin: alice.origin });
    updateElement(bob.doc, bobsCard, { text: 'Stuprör mellan förvaltningar' }, bob.origin);

    alice.history.undo();
    alice.history.undo();
    expect(labels(alice)).toEqual(['Stuprör mellan förvaltningar']);
    expect(labels(bob)).toEqual(['Stuprör mellan förvaltningar']);
    // Nothing of Bob's is on Alice's stack.
    alice.history.undo();
    expect(labels(bob)).toEqual(['Stuprör mellan förvaltningar']);

    alice.history.redo();
    alice.history.redo();
    expect(new Set(labels(bob))).toEqual(new Set(['Region', 'Kommun', 'Stuprör mellan förvaltningar']));
    expect(bob.history.state.get()).toEqual({ canUndo: true, canRedo: false });
  });

  it('a drag with many throttled writes is one step, however long it takes', () => {
    let now = 0;
    const editor = new Editor({ doc: new Y.Doc(), origin: { name: 'me' }, now: () => now });
    const id = createElement(editor.doc, actor(0, 'Region'), { origin: editor.origin });
    editor.history.mark();
    editor.tools.onPointerDown({ point: { x: 10, y: 10 }, screen: { x: 10, y: 10 }, button: 0, shiftKey: false });
    for (let i = 1; i <= 10; i++) {
      now += 2000;
      editor.tools.onPointerMove({ point: { x: 10 + i * 10, y: 10 }, screen: { x: 10 + i * 10, y: 10 }, button: 0, shiftKey: false });
    }
    editor.tools.onPointerUp({ point: { x: 110, y: 10 }, screen: { x: 110, y: 10 }, button: 0, shiftKey: false });
    expect(readElements(editor.doc)[0]).toMatchObject({ id, x: 100 });
    editor.history.undo();
    expect(readElements(editor.doc)[0]).toMatchObject({ id, x: 0 });
    editor.history.undo();
    expect(readElements(editor.doc)).toHaveLength(0);
  });

  it('a move of someone else’s actor is undone back to where they left it', () => {
    const { alice, bob } = twoPeople();
    const id = createElement(bob.doc, actor(0, 'Region'), { origin: bob.origin });
    alice.history.mark();
    moveElements(alice.doc, [{ id, x: 300, y: 50 }], alice.origin);
    alice.history.undo();
    expect(readElements(bob.doc)[0]).toMatchObject({ id, x: 0, y: 0, label: 'Region' });
  });
});
