/**
 * Culling: which ids of a layer intersect the visible part of the board. Konva redraws a
 * whole layer whenever one shape in it changes, so on a board of thousands of elements only
 * what can be seen is handed to it.
 */
import { layerOf, type ElementStore, type Layer } from './ElementStore';
import { elementRect, strokeBounds, unionRect, type Rect } from './geometry';

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** The element's extent on the board; a connector spans both its ends. */
export function boundsOf(store: ElementStore, id: string): Rect | null {
  const element = store.get(id);
  if (!element) return null;
  if (element.kind === 'connector') {
    const from = store.get(element.from);
    const to = store.get(element.to);
    const a = from && elementRect(from);
    const b = to && elementRect(to);
    if (!a || !b) return null;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
  }
  if (element.kind === 'stroke') return strokeBounds(element);
  return elementRect(element);
}

/** Ids of `layer` that intersect `view`, plus those in `always` (e.g. being dragged), in drawing order. */
export function visibleIds(store: ElementStore, layer: Layer, view: Rect, always: (id: string) => boolean): string[] {
  return store.getLayer(layer).filter((id) => {
    if (always(id)) return true;
    const bounds = boundsOf(store, id);
    return bounds !== null && intersects(bounds, view);
  });
}

/**
 * What a gesture lifts onto a layer of its own, so that each move redraws only that layer: the
 * elements it moves or resizes and the connectors that follow them. Zones and strokes stay at
 * the back, where lifting them would cover the map.
 */
export function liftedIds(store: ElementStore, moving: ReadonlySet<string>): ReadonlySet<string> {
  const lifted = new Set<string>();
  if (moving.size === 0) return lifted;
  for (const id of moving) {
    const element = store.get(id);
    if (element && layerOf(element.kind) !== 'back') lifted.add(id);
  }
  for (const id of store.getLayer('connectors')) {
    const connector = store.get(id);
    if (connector?.kind === 'connector' && (moving.has(connector.from) || moving.has(connector.to))) lifted.add(id);
  }
  return lifted;
}

/** The rectangle around the given elements (a connector by its ends); null if none has an extent. */
export function boundsOfIds(store: ElementStore, ids: Iterable<string>): Rect | null {
  return unionRect([...ids].map((id) => boundsOf(store, id)).filter((r): r is Rect => r !== null));
}
