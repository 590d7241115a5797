import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getElementsMap, readElement, readElements } from './elements.js';
import { getMetaMap, initBoardMeta, readBoardMeta, SCHEMA_VERSION } from './meta.js';
import {
  attachedCardIds,
  createElement,
  createElements,
  deleteElements,
  moveElements,
  replaceText,
  updateElement,
} from './write.js';

function actor(label = 'Region Örebro län') {
  return { kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'region', label } as const;
}

describe('board meta', () => {
  it('seeds title, schema version and creation time once', () => {
    const doc = new Y.Doc();
    initBoardMeta(doc, 'RUS-workshop', 1000);
    initBoardMeta(doc, 'Nytt namn', 2000);
    expect(readBoardMeta(doc)).toEqual({ title: 'Nytt namn', schemaVersion: SCHEMA_VERSION, createdAt: 1000 });
  });

  it('reads defaults from a document without meta', () => {
    expect(readBoardMeta(new Y.Doc())).toEqual({ title: '', schemaVersion: SCHEMA_VERSION, createdAt: 0 });
    expect(getMetaMap(new Y.Doc()).size).toBe(0);
  });
});

describe('element read/write helpers', () => {
  it('creates typed elements with Y.Text fields, ordered by creation', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actor(), { createdBy: 'Modig Lo', now: 5 });
    const [b, c] = createElements(doc, [
      { kind: 'obstacle', x: 10, y: 10, w: 180, h: 110, text: 'Stuprör' },
      { kind: 'enabler', x: 20, y: 20, w: 180, h: 110, text: 'Dialog', attachedTo: a },
    ]);
    const map = getElementsMap(doc).get(a)!;
    expect(map.get('label')).toBeInstanceOf(Y.Text);
    expect(map.get('createdBy')).toBe('Modig Lo');
    expect(map.get('createdAt')).toBe(5);
    const elements = readElements(doc);
    expect(elements.map((e) => e.id)).toEqual([a, b, c]);
    expect(elements[2]).toMatchObject({ kind: 'enabler', text: 'Dialog', attachedTo: a });
  });

  it('skips unknown kinds and broken fields without touching them', () => {
    const doc = new Y.Doc();
    const good = createElement(doc, actor());
    const elements = getElementsMap(doc);
    const future = new Y.Map<unknown>([['kind', 'hologram'], ['x', 1]]);
    const broken = new Y.Map<unknown>([['kind', 'actor'], ['x', 'left'], ['y', 0], ['category', 'kommun']]);
    const badCategory = new Y.Map<unknown>([['kind', 'actor'], ['x', 0], ['y', 0], ['category', 'kungahuset']]);
    doc.transact(() => {
      elements.set('future', future);
      elements.set('broken', broken);
      elements.set('badCategory', badCategory);
      elements.set('notAMap', 42 as unknown as Y.Map<unknown>);
    });
    expect(readElements(doc).map((e) => e.id)).toEqual([good]);
    expect(readElement('future', elements.get('future'))).toBeNull();
    expect(elements.get('future')!.get('kind')).toBe('hologram');
    expect(elements.get('broken')!.get('x')).toBe('left');
    expect(elements.size).toBe(4 + 1);
  });

  it('replaceText changes only the differing span, so concurrent edits merge', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const textA = a.getText('t');
    textA.insert(0, 'otydliga roller');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    replaceText(textA, 'otydliga roller och mandat');
    replaceText(b.getText('t'), 'Otydliga roller');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(textA.toString()).toBe('Otydliga roller och mandat');
    expect(b.getText('t').toString()).toBe('Otydliga roller och mandat');
  });

  it('updateElement diffs text fields, sets others and removes undefined ones', () => {
    const doc = new Y.Doc();
    const actorId = createElement(doc, actor());
    const card = createElement(doc, { kind: 'obstacle', x: 0, y: 0, w: 10, h: 10, text: 'x', attachedTo: actorId });
    const textBefore = getElementsMap(doc).get(actorId)!.get('label');
    updateElement(doc, actorId, { label: 'Region Värmland', category: 'kommun' });
    updateElement(doc, card, { attachedTo: undefined });
    expect(getElementsMap(doc).get(actorId)!.get('label')).toBe(textBefore);
    expect(readElement(actorId, getElementsMap(doc).get(actorId))).toMatchObject({ label: 'Region Värmland', category: 'kommun' });
    expect(getElementsMap(doc).get(card)!.has('attachedTo')).toBe(false);
  });

  it('moves several elements in one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const ids = createElements(doc, [actor('A'), actor('B')]);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    const origin = { local: true };
    moveElements(doc, [{ id: ids[0]!, x: 5, y: 6 }, { id: ids[1]!, x: 7, y: 8 }], origin);
    expect(origins).toEqual([origin]);
    expect(readElements(doc).map((e) => [e.x, e.y])).toEqual([[5, 6], [7, 8]]);
  });

  it('deleting an actor removes its connectors and detaches its cards', () => {
    const doc = new Y.Doc();
    const [a, b] = createElements(doc, [actor('A'), actor('B')]);
    const link = createElement(doc, { kind: 'connector', x: 0, y: 0, from: a!, to: b!, relation: 'mandat', label: '', arrowheads: 'end' });
    const card = createElement(doc, { kind: 'enabler', x: 0, y: 0, w: 10, h: 10, text: 'Mod', attachedTo: a });
    expect(attachedCardIds(doc, new Set([a!]))).toEqual([card]);
    deleteElements(doc, [a!]);
    const left = readElements(doc);
    expect(left.map((e) => e.id).sort()).toEqual([b, card].sort());
    expect(left.find((e) => e.id === card)).not.toHaveProperty('attachedTo');
    expect(getElementsMap(doc).has(link)).toBe(false);
  });

  it('puts new elements above a script-written z that is not a valid key', () => {
    const doc = new Y.Doc();
    const first = createElement(doc, actor('first'));
    getElementsMap(doc).get(first)!.set('z', '~~not-a-key');
    const second = createElement(doc, actor('second'));
    const z = getElementsMap(doc).get(second)!.get('z') as string;
    expect(typeof z).toBe('string');
    expect(readElements(doc).map((e) => e.id)).toContain(second);
  });
});
