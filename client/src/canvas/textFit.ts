/**
 * A free text's box fitted to its content, measured by Konva with the font the canvas draws
 * in: the text grows as it is typed (no wrapping, as in Excalidraw), and its box is what a
 * click, a marquee and culling see.
 */
import {
  emptyTextSize,
  TEXT_LINE_HEIGHT,
  textFontSizes,
  type BoardElement,
  type ElementPatch,
  type TextSizeId,
} from '@samkarta/shared';
import { Text } from 'konva/lib/shapes/Text';
import { FONT_FAMILY } from './theme';

export function fitText(text: string, size: TextSizeId): { w: number; h: number } {
  const least = emptyTextSize(size);
  if (text === '') return least;
  const measure = new Text({ text, fontSize: textFontSizes[size], fontFamily: FONT_FAMILY, lineHeight: TEXT_LINE_HEIGHT });
  const fitted = { w: Math.max(least.w, Math.ceil(measure.width())), h: Math.max(least.h, Math.ceil(measure.height())) };
  measure.destroy();
  return fitted;
}

/** The patch that writes `value` into an element's text field: a free text's box follows its words. */
export function textPatch(element: BoardElement, field: string, value: string): ElementPatch {
  return element.kind === 'text' ? { [field]: value, ...fitText(value, element.size) } : { [field]: value };
}
