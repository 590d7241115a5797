/**
 * Culling: which ids of a layer intersect the visible part of the board. Konva redraws a
 * whole layer whenever one shape in it changes, so on a board of thousands of elements only
 * what can be seen is handed to it.
 */
import type { ElementStore, Layer } from './ElementStore';
import { elementRect, unionRect, type Rect } from './geometry';

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
  if (element.kind === 'stroke') {
    let minX = 0;
    let minY = 0;
    let maxX = 0;
    let maxY = 0;
    for (let i = 0; i + 1 < element.points.length; i += 2) {
      minX = Math.min(minX, element.points[i]!);
      maxX = Math.max(maxX, element.points[i]!);
      minY = Math.min(minY, element.points[i + 1]!);
      maxY = Math.max(maxY, element.points[i + 1]!);
    }
    const pad = element.width / 2;
    return { x: element.x + minX - pad, y: element.y + minY - pad, w: maxX - minX + pad * 2, h: maxY - minY + pad * 2 };
  }
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

/** The rectangle around the given elements (a connector by its ends); null if none has an extent. */
export function boundsOfIds(store: ElementStore, ids: Iterable<string>): Rect | null {
  return unionRect([...ids].map((id) => boundsOf(store, id)).filter((r): r is Rect => r !== null));
}
