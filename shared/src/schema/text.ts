import { z } from 'zod';
import { commonFields, sizeFields, withDefaults, type Migration } from './record.js';

/**
 * Free text on the board, without a card around it: a heading, a question, a remark. The
 * app keeps `w` and `h` fitted to the text at its font size, so they are its extent on the
 * board (for hit testing, culling and export), not a box it wraps in.
 */
export const textSizeIds = ['s', 'm', 'l'] as const;
export type TextSizeId = (typeof textSizeIds)[number];

/** Font size in board units of each size choice (Excalidraw's S / M / L steps, roughly). */
export const textFontSizes: Readonly<Record<TextSizeId, number>> = { s: 16, m: 24, l: 36 };

/** Line height as a multiple of the font size. */
export const TEXT_LINE_HEIGHT = 1.25;

/** The box of a text with nothing in it yet: one line, room for the caret. */
export function emptyTextSize(size: TextSizeId): { w: number; h: number } {
  const fontSize = textFontSizes[size];
  return { w: fontSize, h: Math.ceil(fontSize * TEXT_LINE_HEIGHT) };
}

export const textSchema = z.object({
  kind: z.literal('text'),
  ...commonFields,
  ...sizeFields,
  text: z.string(),
  size: z.enum(textSizeIds),
});

export type TextElement = z.infer<typeof textSchema> & { id: string };

export const textMigrations: readonly Migration[] = [
  { version: 1, name: 'AddDefaults', up: (r) => withDefaults(r, { w: 200, h: 30, text: '', size: 'm' }) },
];

export const textTextFields = ['text'] as const;
