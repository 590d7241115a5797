/**
 * A board drawn small and static in SVG, scaled to fit its tile: zones, strokes, connectors,
 * cards and actors as coloured shapes without text, which would be unreadable at this size.
 */
import type { BoardElement } from '@samkarta/shared';
import { actorCategory, cardKind, relationType } from '@samkarta/shared';
import { memo } from 'react';
import { connectorSegment, elementRect, type Rect } from '../board/geometry';

/** Room around the content, in board units, so shapes at the edge are not cut. */
const PADDING = 40;
/** An empty board shows this much of the plane rather than an infinitely zoomed point. */
const EMPTY_VIEW: Rect = { x: -400, y: -300, w: 800, h: 600 };

function strokeRect(element: Extract<BoardElement, { kind: 'stroke' }>): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < element.points.length; i += 2) {
    minX = Math.min(minX, element.points[i]!);
    maxX = Math.max(maxX, element.points[i]!);
    minY = Math.min(minY, element.points[i + 1]!);
    maxY = Math.max(maxY, element.points[i + 1]!);
  }
  return minX === Infinity ? { x: element.x, y: element.y, w: 0, h: 0 } : { x: element.x + minX, y: element.y + minY, w: maxX - minX, h: maxY - minY };
}

/** The part of the plane the miniature shows: every element, padded. */
export function miniatureView(elements: readonly BoardElement[]): Rect {
  const rects = elements.map((element) => (element.kind === 'stroke' ? strokeRect(element) : elementRect(element)));
  const present = rects.filter((rect): rect is Rect => rect !== null);
  if (present.length === 0) return EMPTY_VIEW;
  const minX = Math.min(...present.map((r) => r.x));
  const minY = Math.min(...present.map((r) => r.y));
  const maxX = Math.max(...present.map((r) => r.x + r.w));
  const maxY = Math.max(...present.map((r) => r.y + r.h));
  return { x: minX - PADDING, y: minY - PADDING, w: maxX - minX + 2 * PADDING, h: maxY - minY + 2 * PADDING };
}

function Shape({ element, rects }: { element: BoardElement; rects: ReadonlyMap<string, Rect> }) {
  switch (element.kind) {
    case 'zone':
      return <rect x={element.x} y={element.y} width={element.w} height={element.h} rx={16} fill="rgba(99, 115, 129, 0.06)" stroke="rgba(99, 115, 129, 0.4)" strokeWidth={2} />;
    case 'actor':
      return <rect x={element.x} y={element.y} width={element.w} height={element.h} rx={element.h / 2} fill={actorCategory(element.category).color} />;
    case 'enabler':
    case 'obstacle':
    case 'note': {
      const kind = cardKind(element.kind);
      return <rect x={element.x} y={element.y} width={element.w} height={element.h} rx={6} fill={kind.fill} stroke={kind.stroke} strokeWidth={3} />;
    }
    case 'stroke': {
      const points = [];
      for (let i = 0; i + 1 < element.points.length; i += 2) points.push(`${element.x + element.points[i]!},${element.y + element.points[i + 1]!}`);
      return <polyline points={points.join(' ')} fill="none" stroke={element.color} strokeWidth={element.width} strokeLinecap="round" />;
    }
    case 'connector': {
      const from = rects.get(element.from);
      const to = rects.get(element.to);
      const segment = from && to ? connectorSegment(from, to) : null;
      if (!segment) return null;
      return <line x1={segment.x1} y1={segment.y1} x2={segment.x2} y2={segment.y2} stroke={relationType(element.relation).color} strokeWidth={4} />;
    }
  }
}

export const Miniature = memo(function Miniature({ elements, label }: { elements: readonly BoardElement[]; label: string }) {
  const view = miniatureView(elements);
  const rects = new Map<string, Rect>();
  for (const element of elements) {
    const rect = elementRect(element);
    if (rect) rects.set(element.id, rect);
  }
  return (
    <svg className="wall-miniature" viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={label}>
      {elements.map((element) => (
        <Shape key={element.id} element={element} rects={rects} />
      ))}
    </svg>
  );
});
