/**
 * A board drawn small and static in SVG, scaled to fit its tile: the board's shapes without
 * text, which would be unreadable at this size.
 */
import type { BoardElement } from '@samkarta/shared';
import { memo } from 'react';
import { elementsBounds, type Rect } from '../board/geometry';
import { BoardSvg } from '../svg/BoardSvg';

/** Room around the content, in board units, so shapes at the edge are not cut. */
const PADDING = 40;
/** An empty board shows this much of the plane rather than an infinitely zoomed point. */
const EMPTY_VIEW: Rect = { x: -400, y: -300, w: 800, h: 600 };

/** The part of the plane the miniature shows: every element, padded. */
export function miniatureView(elements: readonly BoardElement[]): Rect {
  const bounds = elementsBounds(elements);
  if (!bounds) return EMPTY_VIEW;
  return { x: bounds.x - PADDING, y: bounds.y - PADDING, w: bounds.w + 2 * PADDING, h: bounds.h + 2 * PADDING };
}

export const Miniature = memo(function Miniature({ elements, label }: { elements: readonly BoardElement[]; label: string }) {
  return <BoardSvg className="wall-miniature" elements={elements} view={miniatureView(elements)} text={null} label={label} />;
});
