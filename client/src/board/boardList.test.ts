import { createElement, readElements, updateElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listBoard, sameList } from './boardList';

function board() {
  const doc = new Y.Doc();
  const region = createElement(doc, { kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'region', label: 'Region Örebro län' });
  const kommun = createElement(doc, { kind: 'actor', x: 400, y: 0, w: 200, h: 80, category: 'kommun', label: 'Örebro kommun' });
  const hinder = createElement(doc, { kind: 'obstacle', x: 0, y: 200, w: 180, h: 110, text: 'Stuprör', attachedTo: kommun });
  const loose = createElement(doc, { kind: 'enabler', x: 0, y: 400, w: 180, h: 110, text: 'Dialog' });
  const note = createElement(doc, { kind: 'note', x: 0, y: 600, w: 180, h: 110, text: 'Vem saknas?', attachedTo: region });
  const link = createElement(doc, { kind: 'connector', x: 0, y: 0, from: region, to: kommun, relation: 'finansiering', label: '', arrowheads: 'end' });
  const cardLink = createElement(doc, { kind: 'connector', x: 0, y: 0, from: hinder, to: loose, relation: 'dialog', label: '', arrowheads: 'none' });
  const zone = createElement(doc, { kind: 'zone', x: 0, y: 0, w: 600, h: 400, label: 'Regional' });
  const text = createElement(doc, { kind: 'text', x: 0, y: 0, w: 100, h: 30, text: 'Vad krävs?', size: 'm' });
  return { doc, region, kommun, hinder, loose, note, link, cardLink, zone, text };
}

describe('the board as a list', () => {
  it('puts each actor with its cards and the connectors at either end, then cards by kind, then the rest', () => {
    const b = board();
    expect(listBoard(readElements(b.doc))).toEqual({
      actors: [
        { id: b.region, cards: [b.note], connectors: [b.link] },
        { id: b.kommun, cards: [b.hinder], connectors: [b.link] },
      ],
      cards: { enabler: [b.loose], obstacle: [b.hinder], note: [b.note] },
      others: [b.zone, b.text, b.cardLink],
    });
  });

  it('is the same list after a text edit, a different one after a card moves to another actor', () => {
    const b = board();
    const before = listBoard(readElements(b.doc));
    updateElement(b.doc, b.hinder, { text: 'Stuprör och silos' });
    expect(sameList(before, listBoard(readElements(b.doc)))).toBe(true);
    updateElement(b.doc, b.hinder, { attachedTo: b.region });
    const after = listBoard(readElements(b.doc));
    expect(sameList(before, after)).toBe(false);
    expect(after.actors[0]!.cards).toEqual([b.hinder, b.note]);
  });
});
