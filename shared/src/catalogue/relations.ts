import type { Localized } from './localized.js';

/**
 * Relation types of a connector. Each has its own line style so a printed map in black and
 * white still tells them apart; `dash` is a Konva/SVG dash array (empty = solid).
 */
export interface RelationType {
  readonly id: string;
  readonly name: Localized;
  readonly color: string;
  readonly dash: readonly number[];
}

export const relationTypes = [
  { id: 'samverkan', name: { sv: 'Samverkan', en: 'Collaboration' }, color: '#2f6fb3', dash: [] },
  { id: 'mandat', name: { sv: 'Mandat / styrning', en: 'Mandate / steering' }, color: '#6b3fa0', dash: [12, 4] },
  { id: 'finansiering', name: { sv: 'Finansiering', en: 'Funding' }, color: '#1e8a4c', dash: [2, 4] },
  { id: 'dialog', name: { sv: 'Dialog', en: 'Dialogue' }, color: '#c77700', dash: [8, 4, 2, 4] },
  { id: 'konflikt', name: { sv: 'Konflikt', en: 'Conflict' }, color: '#c62828', dash: [4, 4] },
  { id: 'annan', name: { sv: 'Annan', en: 'Other' }, color: '#555555', dash: [1, 3] },
] as const satisfies readonly RelationType[];

export type RelationId = (typeof relationTypes)[number]['id'];

export const relationIds: readonly RelationId[] = relationTypes.map((r) => r.id);

const byId: ReadonlyMap<string, RelationType> = new Map(relationTypes.map((r) => [r.id, r]));

export function isRelationId(value: unknown): value is RelationId {
  return typeof value === 'string' && byId.has(value);
}

export function relationType(id: RelationId): RelationType {
  return byId.get(id) ?? relationTypes[relationTypes.length - 1]!;
}

export const arrowheadOptions = ['none', 'end', 'both'] as const;
export type Arrowheads = (typeof arrowheadOptions)[number];
