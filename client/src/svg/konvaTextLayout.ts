/**
 * Text layout for SVG drawn in the browser: Konva lays the text out exactly as it does on
 * the canvas (word wrap, ellipsis at the height or on a single line), and the SVG takes its
 * lines. The node is measured, never drawn.
 */
import { Text } from 'konva/lib/shapes/Text';
import { FONT_FAMILY } from '../canvas/theme';
import type { TextLayout } from './BoardSvg';

export const konvaTextLayout: TextLayout = (text, width, height, style) => {
  const node = new Text({
    text,
    ...(Number.isFinite(width) ? { width } : {}),
    ...(height === undefined ? {} : { height }),
    fontSize: style.fontSize,
    lineHeight: style.lineHeight ?? 1,
    fontStyle: style.fontWeight === undefined ? 'normal' : String(style.fontWeight),
    letterSpacing: style.letterSpacing ?? 0,
    fontFamily: FONT_FAMILY,
    wrap: style.singleLine ? 'none' : 'word',
    ellipsis: true,
  });
  // Konva drops the space where it wraps; keeping it (invisible at a line's end) lets the
  // SVG's text be searched and copied as the words that were written.
  const lines = node.textArr.map((line) => ({ text: line.lastInParagraph ? line.text : `${line.text} `, width: line.width }));
  node.destroy();
  return lines;
};
