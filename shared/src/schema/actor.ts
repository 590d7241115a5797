import { z } from 'zod';
import { actorCategoryIds, type ActorCategoryId } from '../catalogue/actorCategories.js';
import { commonFields, sizeFields, withDefaults, type Migration } from './record.js';

export const actorSize = { w: 200, h: 80 } as const;

export const actorSchema = z.object({
  kind: z.literal('actor'),
  ...commonFields,
  ...sizeFields,
  category: z.enum(actorCategoryIds as [ActorCategoryId, ...ActorCategoryId[]]),
  label: z.string(),
});

export type ActorElement = z.infer<typeof actorSchema> & { id: string };

export const actorMigrations: readonly Migration[] = [
  { version: 1, name: 'AddDefaults', up: (r) => withDefaults(r, { ...actorSize, label: '' }) },
];

export const actorTextFields = ['label'] as const;
