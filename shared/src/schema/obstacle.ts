import type { z } from 'zod';
import { cardMigrations, cardSchema } from './card.js';

/** Hinder: what puts a spoke in the wheel. */
export const obstacleSchema = cardSchema('obstacle');
export type ObstacleElement = z.infer<typeof obstacleSchema> & { id: string };
export const obstacleMigrations = cardMigrations;
