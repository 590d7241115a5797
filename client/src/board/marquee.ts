/**
 * What a selection rectangle picks: every element it touches, as in tldraw and Excalidraw.
 * A zone is the exception: a rectangle drawn inside a zone picks what is in the zone, not the
 * zone itself, or every marquee over a lane would grab the lane.
 */
import type { ElementStore } from './ElementStore';
import type { Point, Rect } from './geometry';
import { boundsOf, intersects } from './visibility';

export function rectBetween(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

export function idsTouching(store: ElementStore, rect: Rect): string[] {
  return store.getOrder().filter((id) => {
    const bounds = boundsOf(store, id);
    if (!bounds || !intersects(bounds, rect)) return false;
    return store.get(id)?.kind !== 'zone' || !inside(rect, bounds);
  });
}
