import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createElement, updateElement } from './write.js';
import { getElementsMap, readElements } from './elements.js';
import { getMetaMap, setBoardTitle } from './meta.js';
import { restoreBoard } from './restore.js';

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function board() {
  const doc = new Y.Doc();
  setBoardTitle(doc, 'Karta');
  const kept = createElement(doc, { kind: 'obstacle', x: 10, y: 10, w: 180, h: 110, text: 'Brist på tid' });
  const removed = createElement(doc, { kind: 'enabler', x: 300, y: 10, w: 180, h: 110, text: 'Engagemang' });
  return { doc, kept, removed, saved: copyOf(doc) };
}

describe('restoreBoard', () => {
  it('removes what was added, brings back what was deleted, and sets changed fields back', () => {
    const { doc, kept, removed, saved } = board();
    const added = createElement(doc, { kind: 'note', x: 0, y: 0, w: 180, h: 110, text: 'Ny' });
    getElementsMap(doc).delete(removed);
    updateElement(doc, kept, { x: 99, text: 'Stor brist på tid', attachedTo: 'someone' });
    setBoardTitle(doc, 'Ny titel');

    const summary = restoreBoard(doc, saved);
    expect(summary).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(getElementsMap(doc).has(added)).toBe(false);
    expect(readElements(doc)).toEqual(readElements(saved));
    expect(getMetaMap(doc).get('title')).toBe('Karta');
  });

  it('writes nothing when the board already holds the saved state', () => {
    const { doc, saved } = board();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(restoreBoard(doc, saved)).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(updates).toEqual([]);
  });

  it('is one undo step for an undo manager tracking its origin', () => {
    const { doc, kept, removed, saved } = board();
    getElementsMap(doc).delete(removed);
    updateElement(doc, kept, { text: 'Ändrad' });
    const changed = readElements(doc);
    const origin = { name: 'restorer' };
    const undo = new Y.UndoManager([getElementsMap(doc), getMetaMap(doc)], { trackedOrigins: new Set([origin]) });
    restoreBoard(doc, saved, origin);
    expect(readElements(doc)).toEqual(readElements(saved));
    undo.undo();
    expect(readElements(doc)).toEqual(changed);
    expect(undo.undoStack.length).toBe(0);
  });
});
