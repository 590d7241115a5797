import type { z } from 'zod';
import { cardMigrations, cardSchema } from './card.js';

/** A neutral sticky note. */
export const noteSchema = cardSchema('note');
export type NoteElement = z.infer<typeof noteSchema> & { id: string };
export const noteMigrations = cardMigrations;
