/**
 * Where text sits inside each element, in board units. The canvas draws text into these boxes
 * and the text editor overlay places its textarea on the same box, so typing happens exactly
 * where the text will appear.
 */
import { TEXT_LINE_HEIGHT, textFontSizes, type TextSizeId } from '@samkarta/shared';
import type { Rect } from '../board/geometry';

export interface TextBox extends Rect {
  fontSize: number;
  lineHeight: number;
  fontWeight: number;
}

export const ACTOR_CORNER = 14;
export const CARD_CORNER = 6;
/** Height of the coloured strip along a card's top. */
export const CARD_STRIP = 6;
export const ACTOR_ICON = { x: 32, radius: 20, fontSize: 20 } as const;
export const CAPTION = { fontSize: 11, y: 12 } as const;

export function actorTextBox(w: number, h: number): TextBox {
  return { x: 60, y: 28, w: Math.max(20, w - 70), h: Math.max(16, h - 36), fontSize: 16, lineHeight: 1.2, fontWeight: 600 };
}

export function cardTextBox(w: number, h: number): TextBox {
  return { x: 12, y: 32, w: Math.max(20, w - 24), h: Math.max(16, h - 42), fontSize: 15, lineHeight: 1.3, fontWeight: 400 };
}

export const CONNECTOR_LABEL = { fontSize: 13, padding: 5, editWidth: 180 } as const;

/** A zone's label: one bold line inside its top-left corner. */
export const ZONE_LABEL = { x: 16, y: 12, style: { fontSize: 15, fontWeight: 'bold', singleLine: true } } as const;

/** A free text's box is the element itself: it has no frame or caption. */
export function freeTextBox(element: { x: number; y: number; w: number; h: number; size: TextSizeId }): TextBox {
  return { x: element.x, y: element.y, w: element.w, h: element.h, fontSize: textFontSizes[element.size], lineHeight: TEXT_LINE_HEIGHT, fontWeight: 400 };
}
