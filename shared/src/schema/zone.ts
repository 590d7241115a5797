import { z } from 'zod';
import { commonFields, sizeFields, withDefaults, type Migration } from './record.js';

/** A labelled area, e.g. a lane for one governance level; drawn beneath everything else. */
export const zoneSize = { w: 600, h: 400 } as const;

export const zoneSchema = z.object({
  kind: z.literal('zone'),
  ...commonFields,
  ...sizeFields,
  label: z.string(),
});

export type ZoneElement = z.infer<typeof zoneSchema> & { id: string };

export const zoneMigrations: readonly Migration[] = [
  { version: 1, name: 'AddDefaults', up: (r) => withDefaults(r, { ...zoneSize, label: '' }) },
];

export const zoneTextFields = ['label'] as const;
