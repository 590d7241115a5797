import { createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ElementStore } from './ElementStore';
import { visibleIds } from './visibility';

describe('visibleIds', () => {
  it('keeps what intersects the view, connectors spanning it, and what is always shown', () => {
    const doc = new Y.Doc();
    const near = createElement(doc, { kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'eu', label: '' });
    const far = createElement(doc, { kind: 'actor', x: 5000, y: 0, w: 200, h: 80, category: 'eu', label: '' });
    const farther = createElement(doc, { kind: 'actor', x: 9000, y: 0, w: 200, h: 80, category: 'eu', label: '' });
    const across = createElement(doc, { kind: 'connector', x: 0, y: 0, from: near, to: far, relation: 'dialog', label: '', arrowheads: 'end' });
    const beyond = createElement(doc, { kind: 'connector', x: 0, y: 0, from: far, to: farther, relation: 'dialog', label: '', arrowheads: 'end' });
    const store = new ElementStore(doc);
    const view = { x: -100, y: -100, w: 1000, h: 800 };
    expect(visibleIds(store, 'actors', view, () => false)).toEqual([near]);
    expect(visibleIds(store, 'actors', view, (id) => id === farther)).toEqual([near, farther]);
    expect(visibleIds(store, 'connectors', view, () => false)).toEqual([across]);
    expect(visibleIds(store, 'connectors', view, () => false)).not.toContain(beyond);
  });
});
