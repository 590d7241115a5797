/**
 * The camera: screen = board × scale + offset. Pure functions; the editor keeps the current
 * viewport in a ValueStore.
 */
import type { Point, Rect } from '../board/geometry';

export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
export const initialViewport: Viewport = { x: 0, y: 0, scale: 1 };

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function screenToBoard(v: Viewport, p: Point): Point {
  return { x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale };
}

export function boardToScreen(v: Viewport, p: Point): Point {
  return { x: p.x * v.scale + v.x, y: p.y * v.scale + v.y };
}

export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return { ...v, x: v.x + dx, y: v.y + dy };
}

/** Zooms by `factor`, keeping the board point under `anchor` (a screen point) in place. */
export function zoomAt(v: Viewport, anchor: Point, factor: number): Viewport {
  const scale = clampScale(v.scale * factor);
  if (scale === v.scale) return v;
  const board = screenToBoard(v, anchor);
  return { scale, x: anchor.x - board.x * scale, y: anchor.y - board.y * scale };
}

/** A viewport that shows `content` centred in a screen of `size`, never zoomed in past 100 %. */
export function fitRect(content: Rect, size: { width: number; height: number }, padding = 80): Viewport {
  const scale = clampScale(
    Math.min(1, (size.width - padding * 2) / Math.max(content.w, 1), (size.height - padding * 2) / Math.max(content.h, 1)),
  );
  return viewportCentredOn({ x: content.x + content.w / 2, y: content.y + content.h / 2 }, scale, size);
}

/** The board point in the middle of a screen of `size`. */
export function viewCentre(v: Viewport, size: { width: number; height: number }): Point {
  return screenToBoard(v, { x: size.width / 2, y: size.height / 2 });
}

/** The viewport that puts board point `centre` in the middle of a screen of `size`, at `scale`. */
export function viewportCentredOn(centre: Point, scale: number, size: { width: number; height: number }): Viewport {
  const clamped = clampScale(scale);
  return { scale: clamped, x: size.width / 2 - centre.x * clamped, y: size.height / 2 - centre.y * clamped };
}
