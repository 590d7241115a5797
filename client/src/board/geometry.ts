/** Plane geometry of the board, in board coordinates. Pure functions only. */
import type { BoardElement } from '@samkarta/shared';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function center(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

export function containsPoint(r: Rect, p: Point, margin = 0): boolean {
  return p.x >= r.x - margin && p.x <= r.x + r.w + margin && p.y >= r.y - margin && p.y <= r.y + r.h + margin;
}

/** The rectangle an element occupies; null for kinds without one (connectors, strokes). */
export function elementRect(element: BoardElement): Rect | null {
  switch (element.kind) {
    case 'actor':
    case 'enabler':
    case 'obstacle':
    case 'note':
    case 'zone':
    case 'text':
      return { x: element.x, y: element.y, w: element.w, h: element.h };
    default:
      return null;
  }
}

/** The extent of a pen stroke: its points around its origin, widened by half the pen. */
export function strokeBounds(element: Extract<BoardElement, { kind: 'stroke' }>): Rect {
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

/**
 * The rectangle around a set of elements, for elements not (yet) on a board; connectors lie
 * between their ends and add nothing. Null when none has an extent.
 */
export function elementsBounds(elements: readonly BoardElement[]): Rect | null {
  return unionRect(
    elements
      .map((element) => (element.kind === 'stroke' ? strokeBounds(element) : elementRect(element)))
      .filter((rect): rect is Rect => rect !== null),
  );
}

/** Where the ray from the rectangle's centre towards `toward` leaves the rectangle. */
export function borderPoint(r: Rect, toward: Point): Point {
  const c = center(r);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Infinity : r.w / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.h / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * Math.min(scale, 1), y: c.y + dy * Math.min(scale, 1) };
}

/**
 * The visible part of a connector: from the border of one rectangle to the border of the
 * other along the line between their centres. Null when the rectangles overlap so much that
 * no line would show between them.
 */
export function connectorSegment(from: Rect, to: Rect, gap = 4): Segment | null {
  const a = borderPoint(from, center(to));
  const b = borderPoint(to, center(from));
  const c1 = center(from);
  const c2 = center(to);
  const full = Math.hypot(c2.x - c1.x, c2.y - c1.y);
  const inner = Math.hypot(b.x - a.x, b.y - a.y);
  // The border points cross over when the rectangles overlap along the centre line.
  if (full === 0 || Math.hypot(a.x - c1.x, a.y - c1.y) + inner + Math.hypot(c2.x - b.x, c2.y - b.y) > full + 0.001) {
    return null;
  }
  if (inner <= gap * 2) return null;
  const ux = (b.x - a.x) / inner;
  const uy = (b.y - a.y) / inner;
  return { x1: a.x + ux * gap, y1: a.y + uy * gap, x2: b.x - ux * gap, y2: b.y - uy * gap };
}

/** A segment from a rectangle's border to a free point (a connector being drawn). */
export function segmentToPoint(from: Rect, to: Point): Segment {
  const a = borderPoint(from, to);
  return { x1: a.x, y1: a.y, x2: to.x, y2: to.y };
}

export function midpoint(s: Segment): Point {
  return { x: (s.x1 + s.x2) / 2, y: (s.y1 + s.y2) / 2 };
}

export function distanceToSegment(p: Point, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - s.x1) * dx + (p.y - s.y1) * dy) / lengthSq));
  return Math.hypot(p.x - (s.x1 + t * dx), p.y - (s.y1 + t * dy));
}

export function unionRect(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.w);
    maxY = Math.max(maxY, r.y + r.h);
  }
  return minX === Infinity ? null : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}
