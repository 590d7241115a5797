import type { z } from 'zod';
import { cardMigrations, cardSchema } from './card.js';

/** Framgångsfaktor: what makes it work. */
export const enablerSchema = cardSchema('enabler');
export type EnablerElement = z.infer<typeof enablerSchema> & { id: string };
export const enablerMigrations = cardMigrations;
