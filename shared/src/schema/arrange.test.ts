import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { duplicateElements } from './duplicate.js';
import { readElements } from './elements.js';
import { createElement } from './write.js';
import { bringToFront, sendToBack } from './zindex.js';

const actor = (x: number, label: string) => ({ kind: 'actor', x, y: 0, w: 200, h: 80, category: 'region', label } as const);

describe('duplicateElements', () => {
  it('copies shapes shifted, remaps attached cards and connectors between copies', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actor(0, 'Region'));
    const b = createElement(doc, actor(400, 'Kommun'));
    const card = createElement(doc, { kind: 'obstacle', x: 10, y: 10, w: 180, h: 110, text: 'Stuprör', attachedTo: a });
    const loose = createElement(doc, { kind: 'note', x: 10, y: 300, w: 180, h: 110, text: 'Fråga', attachedTo: b });
    const link = createElement(doc, { kind: 'connector', x: 0, y: 0, from: a, to: b, relation: 'dialog', label: 'möten', arrowheads: 'both' });
    const half = createElement(doc, { kind: 'connector', x: 0, y: 0, from: a, to: loose, relation: 'annan', label: '', arrowheads: 'none' });
    const chosen = readElements(doc).filter((e) => e.id !== loose);

    const copies = duplicateElements(doc, chosen, { dx: 20, dy: 30 }, { createdBy: 'Modig Lo' });
    const after = readElements(doc);
    const copyOf = (id: string) => after.find((e) => e.id === copies.get(id));
    expect(copyOf(a)).toMatchObject({ kind: 'actor', x: 20, y: 30, label: 'Region', createdBy: 'Modig Lo' });
    expect(copyOf(card)).toMatchObject({ text: 'Stuprör', attachedTo: copies.get(a), x: 30, y: 40 });
    expect(copyOf(link)).toMatchObject({ from: copies.get(a), to: copies.get(b), relation: 'dialog', label: 'möten', arrowheads: 'both' });
    // One end (the note) was not copied: no dangling copy of that connector.
    expect(copies.has(half)).toBe(false);
    expect(after).toHaveLength(6 + 4);
  });

  it('keeps an attachment to an actor on the board, drops one to an actor elsewhere', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actor(0, 'Region'));
    const card = createElement(doc, { kind: 'enabler', x: 0, y: 0, w: 180, h: 110, text: 'Tillit', attachedTo: a });
    const parsed = readElements(doc).find((e) => e.id === card)!;
    const here = duplicateElements(doc, [parsed], { dx: 10, dy: 10 });
    expect(readElements(doc).find((e) => e.id === here.get(parsed.id))).toMatchObject({ attachedTo: a });

    const other = new Y.Doc();
    const there = duplicateElements(other, [parsed], { dx: 0, dy: 0 });
    const pasted = readElements(other).find((e) => e.id === there.get(parsed.id))!;
    expect('attachedTo' in pasted && pasted.attachedTo).toBeFalsy();
  });
});

describe('bringToFront / sendToBack', () => {
  it('moves elements past all others, keeping their relative order', () => {
    const doc = new Y.Doc();
    const [a, b, , d] = ['A', 'B', 'C', 'D'].map((label, i) => createElement(doc, actor(i * 10, label)));
    const order = () => readElements(doc).map((e) => (e.kind === 'actor' ? e.label : ''));
    bringToFront(doc, [b!, a!]);
    expect(order()).toEqual(['C', 'D', 'A', 'B']);
    sendToBack(doc, [d!, b!]);
    expect(order()).toEqual(['D', 'B', 'C', 'A']);
  });

  it('is one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const ids = [createElement(doc, actor(0, 'A')), createElement(doc, actor(0, 'B'))];
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    const origin = { name: 'me' };
    sendToBack(doc, ids.reverse(), origin);
    expect(origins).toEqual([origin]);
  });
});
