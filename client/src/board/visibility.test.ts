import { createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ElementStore } from './ElementStore';
import { liftedIds, visibleIds } from './visibility';

const actorAt = (doc: Y.Doc, x: number) => createElement(doc, { kind: 'actor', x, y: 0, w: 200, h: 80, category: 'eu', label: '' });
const connect = (doc: Y.Doc, from: string, to: string) =>
  createElement(doc, { kind: 'connector', x: 0, y: 0, from, to, relation: 'dialog', label: '', arrowheads: 'end' });

describe('visibleIds', () => {
  it('keeps what intersects the view, connectors spanning it, and what is always shown', () => {
    const doc = new Y.Doc();
    const near = actorAt(doc, 0);
    const far = actorAt(doc, 5000);
    const farther = actorAt(doc, 9000);
    const across = connect(doc, near, far);
    const beyond = connect(doc, far, farther);
    const store = new ElementStore(doc);
    const view = { x: -100, y: -100, w: 1000, h: 800 };
    expect(visibleIds(store, 'actors', view, () => false)).toEqual([near]);
    expect(visibleIds(store, 'actors', view, (id) => id === farther)).toEqual([near, farther]);
    expect(visibleIds(store, 'connectors', view, () => false)).toEqual([across]);
    expect(visibleIds(store, 'connectors', view, () => false)).not.toContain(beyond);
  });
});

describe('liftedIds', () => {
  it('lifts what moves and the connectors that follow it, but leaves zones and strokes at the back', () => {
    const doc = new Y.Doc();
    const moved = actorAt(doc, 0);
    const still = actorAt(doc, 400);
    const other = actorAt(doc, 800);
    const following = connect(doc, still, moved);
    connect(doc, still, other);
    const zone = createElement(doc, { kind: 'zone', x: 0, y: 0, w: 600, h: 400, label: '' });
    const store = new ElementStore(doc);
    expect(liftedIds(store, new Set([moved, zone]))).toEqual(new Set([moved, following]));
    expect(liftedIds(store, new Set())).toEqual(new Set());
  });
});
