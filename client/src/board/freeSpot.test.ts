import { createElement } from '@samkarta/shared';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ElementStore } from './ElementStore';
import { freeSpotNear, FREE_SPOT_GAP } from './freeSpot';
import { intersects } from './visibility';

const size = { w: 180, h: 110 };

describe('a free spot near a point', () => {
  it('is centred on the point when nothing is there, even inside a zone', () => {
    const doc = new Y.Doc();
    createElement(doc, { kind: 'zone', x: -500, y: -500, w: 1000, h: 1000, label: 'Lokal' });
    expect(freeSpotNear(new ElementStore(doc), { x: 0, y: 0 }, size)).toEqual({ x: -90, y: -55, ...size });
  });

  it('is the nearest place beside what covers the point, touching nothing', () => {
    const doc = new Y.Doc();
    createElement(doc, { kind: 'actor', x: -100, y: -40, w: 200, h: 80, category: 'kommun', label: 'Kumla' });
    createElement(doc, { kind: 'obstacle', x: -90, y: -180, w: 180, h: 110, text: 'Stuprör' });
    const store = new ElementStore(doc);
    const spot = freeSpotNear(store, { x: 0, y: 0 }, size);
    expect(Math.hypot(spot.x + 90, spot.y + 55)).toBeLessThanOrEqual(Math.hypot(size.w + FREE_SPOT_GAP, size.h + FREE_SPOT_GAP));
    for (const id of store.getOrder()) {
      const element = store.get(id)!;
      expect(intersects(spot, element as { x: number; y: number; w: number; h: number })).toBe(false);
    }
  });
});
