import { z } from 'zod';
import { arrowheadOptions, relationIds, type RelationId } from '../catalogue/relations.js';
import { commonFields, withDefaults, type Migration } from './record.js';

/** A relation between two elements (usually actors); x and y are unused and kept at 0. */
export const connectorSchema = z.object({
  kind: z.literal('connector'),
  ...commonFields,
  from: z.string().min(1),
  to: z.string().min(1),
  relation: z.enum(relationIds as [RelationId, ...RelationId[]]),
  label: z.string(),
  arrowheads: z.enum(arrowheadOptions),
});

export type ConnectorElement = z.infer<typeof connectorSchema> & { id: string };

export const connectorMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'AddDefaults',
    up: (r) => withDefaults(r, { x: 0, y: 0, relation: 'samverkan', label: '' }),
  },
  { version: 2, name: 'AddArrowheads', up: (r) => withDefaults(r, { arrowheads: 'end' }) },
];

export const connectorTextFields = ['label'] as const;
