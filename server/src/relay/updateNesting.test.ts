import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_TYPE_DEPTH } from '@samkarta/shared';
import { checkNesting, measureNesting } from './updateNesting.js';

function board(): Y.Doc {
  const doc = new Y.Doc();
  const element = new Y.Map<unknown>();
  doc.getMap('elements').set('a1', element);
  element.set('kind', 'note');
  element.set('text', new Y.Text('hej'));
  element.set('points', [1, 2, 3]);
  return doc;
}

/** Each level of a chain of nested maps under one element, as its own update. */
function deepChainUpdates(levels: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  let parent = new Y.Map<unknown>();
  doc.getMap('elements').set('deep', parent);
  for (let i = 0; i < levels; i++) {
    const child = new Y.Map<unknown>();
    parent.set('child', child);
    parent = child;
  }
  return updates;
}

/** Applies the updates in order to a fresh board until one is refused; its index, or -1. */
function firstRefused(updates: readonly Uint8Array[]): number {
  const doc = new Y.Doc();
  for (const [i, update] of updates.entries()) {
    try {
      checkNesting(doc, update);
    } catch {
      return i;
    }
    Y.applyUpdate(doc, update);
  }
  return -1;
}

describe('measureNesting', () => {
  it('finds a board of the schema within the bound, also for edits of existing elements', () => {
    const doc = board();
    const full = Y.encodeStateAsUpdate(doc);
    expect(measureNesting(new Y.Doc(), full).typeDepth).toBe(MAX_TYPE_DEPTH);
    const live = new Y.Doc();
    Y.applyUpdate(live, full);
    const editor = new Y.Doc();
    Y.applyUpdate(editor, full);
    const before = Y.encodeStateVector(editor);
    (editor.getMap('elements').get('a1') as Y.Map<Y.Text>).get('text')?.insert(3, ' då');
    (editor.getMap('elements').get('a1') as Y.Map<unknown>).set('x', 10);
    const edit = Y.encodeStateAsUpdate(editor, before);
    // Text and plain values create no type: nothing to follow.
    expect(measureNesting(live, edit).typeDepth).toBe(0);
    expect(() => checkNesting(live, edit)).not.toThrow();
  });

  it('measures an element nested 20,000 maps deep in one update, without overflowing', () => {
    const doc = new Y.Doc();
    // One transaction: building it update by update costs Yjs quadratic time in deep events.
    doc.transact(() => {
      let parent = new Y.Map<unknown>();
      doc.getMap('elements').set('deep', parent);
      for (let i = 0; i < 20_000; i++) {
        const child = new Y.Map<unknown>();
        parent.set('child', child);
        parent = child;
      }
    });
    const update = Y.encodeStateAsUpdate(doc);
    expect(measureNesting(new Y.Doc(), update).typeDepth).toBe(20_001);
    expect(() => checkNesting(new Y.Doc(), update)).toThrow(/nests shared types 20001 levels deep/);
  });

  it('measures a chain added level by level to the board', () => {
    const updates = deepChainUpdates(10);
    const refusedAt = firstRefused(updates);
    // Update 0 is the element (depth 1), update 1 its child map (2), update 2 a map in that (3).
    expect(refusedAt).toBe(MAX_TYPE_DEPTH);
  });

  it('measures a chain sent in reverse, whose pieces wait for each other, once it is long enough', () => {
    const updates = deepChainUpdates(50).reverse();
    const refusedAt = firstRefused(updates);
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt).toBeLessThanOrEqual(MAX_TYPE_DEPTH);
  });

  it('refuses plain values nested deeper than a reader should walk', () => {
    const doc = new Y.Doc();
    let value: unknown = 1;
    for (let i = 0; i < 50; i++) value = [value];
    doc.getMap('elements').set('v', value);
    expect(() => checkNesting(new Y.Doc(), Y.encodeStateAsUpdate(doc))).toThrow(/value nested/);
  });
});
