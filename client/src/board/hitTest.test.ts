import { createElement, type NewElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ElementStore } from './ElementStore';
import { elementAt } from './hitTest';

const actorAt = (x: number, y: number): NewElement => ({ kind: 'actor', x, y, w: 200, h: 80, category: 'kommun', label: '' });

describe('elementAt', () => {
  it('hits cards above actors, then connectors, and honours kinds and exclusions', () => {
    const doc = new Y.Doc();
    const a = createElement(doc, actorAt(0, 0));
    const b = createElement(doc, actorAt(400, 0));
    const card = createElement(doc, { kind: 'note', x: 150, y: 20, w: 100, h: 60, text: '' });
    const link = createElement(doc, {
      kind: 'connector', x: 0, y: 0, from: a, to: b, relation: 'dialog', label: '', arrowheads: 'end',
    });
    const store = new ElementStore(doc);

    expect(elementAt(store, { x: 160, y: 30 })?.id).toBe(card);
    expect(elementAt(store, { x: 160, y: 30 }, { kinds: ['actor'] })?.id).toBe(a);
    expect(elementAt(store, { x: 320, y: 42 })?.id).toBe(link);
    expect(elementAt(store, { x: 50, y: 30 }, { exclude: new Set([a]) })).toBeNull();
    expect(elementAt(store, { x: 320, y: 300 })).toBeNull();
  });
});
