import { z } from 'zod';
import { commonFields, withDefaults, type Migration } from './record.js';

/** A freehand stroke; `points` is a flat [x0, y0, x1, y1, …] array relative to (x, y). */
export const strokeSchema = z.object({
  kind: z.literal('stroke'),
  ...commonFields,
  points: z.array(z.number()).refine((p) => p.length % 2 === 0, 'points come in x, y pairs'),
  color: z.string(),
  width: z.number().positive(),
});

export type StrokeElement = z.infer<typeof strokeSchema> & { id: string };

export const strokeMigrations: readonly Migration[] = [
  { version: 1, name: 'AddDefaults', up: (r) => withDefaults(r, { color: '#1f2933', width: 4 }) },
];

export const strokeTextFields = [] as const;
