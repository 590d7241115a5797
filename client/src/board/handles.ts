/**
 * Resize handles: the four corners of the one selected element that has a size. The canvas
 * draws them and the select tool hit-tests them from this one definition.
 */
import type { BoardElement } from '@samkarta/shared';
import type { Point, Rect } from './geometry';

export type Corner = 'nw' | 'ne' | 'sw' | 'se';
export const corners: readonly Corner[] = ['nw', 'ne', 'sw', 'se'];

/** Side of a handle's square on screen, and how far from its centre a press still takes it. */
export const HANDLE_SIZE_PX = 9;
export const HANDLE_HIT_PX = 9;

/** Smallest size per kind, in board units: below it the text would not fit. */
const minSizes: Partial<Record<BoardElement['kind'], { w: number; h: number }>> = {
  actor: { w: 120, h: 56 },
  enabler: { w: 90, h: 70 },
  obstacle: { w: 90, h: 70 },
  note: { w: 90, h: 70 },
  zone: { w: 160, h: 80 },
};

export function isResizable(element: BoardElement): boolean {
  return minSizes[element.kind] !== undefined;
}

export function cornerPoint(rect: Rect, corner: Corner): Point {
  return { x: corner.endsWith('w') ? rect.x : rect.x + rect.w, y: corner.startsWith('n') ? rect.y : rect.y + rect.h };
}

/** The rectangle after dragging `corner` by (dx, dy); the opposite corner stays put. */
export function resizeRect(kind: BoardElement['kind'], origin: Rect, corner: Corner, dx: number, dy: number): Rect {
  const min = minSizes[kind] ?? { w: 1, h: 1 };
  const west = corner.endsWith('w');
  const north = corner.startsWith('n');
  const w = Math.round(Math.max(min.w, origin.w + (west ? -dx : dx)));
  const h = Math.round(Math.max(min.h, origin.h + (north ? -dy : dy)));
  return { x: west ? origin.x + origin.w - w : origin.x, y: north ? origin.y + origin.h - h : origin.y, w, h };
}
