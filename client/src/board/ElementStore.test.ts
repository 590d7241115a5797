import { createElement, getElementsMap, moveElements, updateElement, type NewElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ElementStore } from './ElementStore';

const actor = (x = 0, label = 'Region Örebro län'): NewElement => ({
  kind: 'actor', x, y: 0, w: 200, h: 80, category: 'region', label,
});
const obstacle = (text = 'Stuprör'): NewElement => ({ kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text });

function counter(store: ElementStore, id: string) {
  const count = { calls: 0 };
  store.subscribeElement(id, () => count.calls++);
  return count;
}

/** One element nested far deeper than any reader's stack: toJSON overflows on it. */
function addDeepElement(doc: Y.Doc): void {
  doc.transact(() => {
    let parent = new Y.Map<unknown>();
    getElementsMap(doc).set('deep', parent);
    parent.set('kind', 'note');
    for (let i = 0; i < 20_000; i++) {
      const child = new Y.Map<unknown>();
      parent.set('child', child);
      parent = child;
    }
  });
}

describe('ElementStore', () => {
  it('reads each element on its own: one it cannot read is counted, the others are drawn', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actor());
    addDeepElement(doc);
    const store = new ElementStore(doc);
    let orderCalls = 0;
    store.subscribeOrder(() => orderCalls++);
    expect(store.getOrder()).toEqual([a]);
    expect(store.getUnreadableCount()).toBe(1);
    const b = createElement(doc, obstacle());
    expect(store.getOrder()).toEqual([a, b]);
    expect(store.getUnreadableCount()).toBe(1);
    expect(orderCalls).toBe(1);
  });

  it('parses what is already in the document and orders it by z', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actor());
    const b = createElement(doc, obstacle());
    const store = new ElementStore(doc);
    expect(store.getOrder()).toEqual([a, b]);
    expect(store.get(a)).toMatchObject({ kind: 'actor', label: 'Region Örebro län' });
    expect(store.getLayer('actors')).toEqual([a]);
    expect(store.getLayer('cards')).toEqual([b]);
  });

  it('notifies only the element that changed, and keeps the other cached objects', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actor());
    const b = createElement(doc, actor(300, 'Kommun'));
    const store = new ElementStore(doc);
    const before = store.get(b);
    const countA = counter(store, a);
    const countB = counter(store, b);
    let orderCalls = 0;
    store.subscribeOrder(() => orderCalls++);

    moveElements(doc, [{ id: a, x: 50, y: 60 }]);

    expect(countA.calls).toBe(1);
    expect(countB.calls).toBe(0);
    expect(store.get(b)).toBe(before);
    expect(store.get(a)).toMatchObject({ x: 50, y: 60 });
    // A move is not structural: the id lists stay the same arrays, so layers do not re-render.
    expect(orderCalls).toBe(0);
  });

  it('re-parses an element when its Y.Text changes', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actor(0, 'Region'));
    const store = new ElementStore(doc);
    const count = counter(store, a);
    (getElementsMap(doc).get(a)!.get('label') as Y.Text).insert(6, ' Örebro');
    expect(count.calls).toBe(1);
    expect(store.get(a)).toMatchObject({ label: 'Region Örebro' });
  });

  it('updates the order on add, delete and a new z', () => {
    const doc = new Y.Doc();
    const store = new ElementStore(doc);
    let orderCalls = 0;
    store.subscribeOrder(() => orderCalls++);
    const a = createElement(doc, actor());
    const b = createElement(doc, actor(300));
    expect(store.getOrder()).toEqual([a, b]);
    updateElement(doc, a, { z: 'z9' });
    expect(store.getOrder()).toEqual([b, a]);
    getElementsMap(doc).delete(b);
    expect(store.getOrder()).toEqual([a]);
    expect(store.get(b)).toBeUndefined();
    expect(orderCalls).toBe(4);
  });

  it('skips broken and unknown elements without throwing, and shows them once fixed', () => {
    const doc = new Y.Doc();
    const good = createElement(doc, actor());
    const elements = getElementsMap(doc);
    doc.transact(() => {
      const unknown = new Y.Map<unknown>();
      unknown.set('kind', 'hologram');
      elements.set('unknown', unknown);
      const broken = new Y.Map<unknown>();
      broken.set('kind', 'actor');
      broken.set('x', 'left');
      broken.set('y', 0);
      broken.set('category', 'region');
      elements.set('broken', broken);
      elements.set('notAMap', 42 as unknown as Y.Map<unknown>);
    });
    const store = new ElementStore(doc);
    expect(store.getOrder()).toEqual([good]);
    const count = counter(store, 'broken');

    elements.get('broken')!.set('x', 10);

    expect(store.get('broken')).toMatchObject({ kind: 'actor', x: 10 });
    expect(store.getOrder()).toContain('broken');
    expect(count.calls).toBe(1);
  });

  it('applies remote updates like local ones', () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    const store = new ElementStore(local);
    const id = createElement(remote, obstacle('Otydliga roller och mandat'));
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    expect(store.get(id)).toMatchObject({ kind: 'obstacle', text: 'Otydliga roller och mandat' });
    expect(store.getLayer('cards')).toEqual([id]);
  });

  it('stops listening when destroyed', () => {
    const doc = new Y.Doc();
    const store = new ElementStore(doc);
    store.destroy();
    createElement(doc, actor());
    expect(store.getOrder()).toEqual([]);
  });
});
