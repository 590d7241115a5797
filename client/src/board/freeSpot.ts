/**
 * A place for a new element where it covers nothing: the spot nearest to a wished-for centre
 * on a grid of the element's size, searched ring by ring outwards. Used when a card is added
 * without pointing at the board (the phone sheet).
 */
import type { ElementStore } from './ElementStore';
import type { Point, Rect } from './geometry';
import { boundsOf, intersects } from './visibility';

/** Board units kept free around the new element. */
export const FREE_SPOT_GAP = 16;
/** Rings searched before giving up and using the centre: far past any screen. */
const MAX_RINGS = 12;

export function freeSpotNear(store: ElementStore, centre: Point, size: { w: number; h: number }): Rect {
  const occupied = store
    .getOrder()
    .map((id) => (store.get(id)?.kind === 'zone' ? null : boundsOf(store, id)))
    .filter((rect): rect is Rect => rect !== null);
  const step = { x: size.w + FREE_SPOT_GAP, y: size.h + FREE_SPOT_GAP };
  const at = (col: number, row: number): Rect => ({
    x: Math.round(centre.x - size.w / 2 + col * step.x),
    y: Math.round(centre.y - size.h / 2 + row * step.y),
    ...size,
  });
  const free = (rect: Rect) => {
    const padded = { x: rect.x - FREE_SPOT_GAP, y: rect.y - FREE_SPOT_GAP, w: rect.w + 2 * FREE_SPOT_GAP, h: rect.h + 2 * FREE_SPOT_GAP };
    return !occupied.some((other) => intersects(padded, other));
  };
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    // The ring's cells, nearest to the centre first.
    const cells: [number, number][] = [];
    for (let col = -ring; col <= ring; col++) {
      for (let row = -ring; row <= ring; row++) {
        if (Math.max(Math.abs(col), Math.abs(row)) === ring) cells.push([col, row]);
      }
    }
    cells.sort((a, b) => Math.hypot(a[0] * step.x, a[1] * step.y) - Math.hypot(b[0] * step.x, b[1] * step.y));
    const found = cells.map(([col, row]) => at(col, row)).find(free);
    if (found) return found;
  }
  return at(0, 0);
}
