/**
 * Framgångsfaktorer, hinder and notes are all cards: text on a coloured rectangle that may
 * be attached to an actor or a connector and then moves with it.
 */
import { z } from 'zod';
import { commonFields, sizeFields, withDefaults, type Migration } from './record.js';

export const cardSize = { w: 180, h: 110 } as const;

export function cardSchema<K extends 'enabler' | 'obstacle' | 'note'>(kind: K) {
  return z.object({
    kind: z.literal(kind),
    ...commonFields,
    ...sizeFields,
    text: z.string(),
    attachedTo: z.string().optional(),
  });
}

export const cardMigrations: readonly Migration[] = [
  { version: 1, name: 'AddDefaults', up: (r) => withDefaults(r, { ...cardSize, text: '' }) },
];

export const cardTextFields = ['text'] as const;
