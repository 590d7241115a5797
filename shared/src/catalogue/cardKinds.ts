import type { Localized } from './localized.js';

/** The cards a group places on its map: framgångsfaktorer, hinder and neutral notes. */
export interface CardKind {
  readonly id: 'enabler' | 'obstacle' | 'note';
  readonly name: Localized;
  readonly plural: Localized;
  readonly fill: string;
  readonly stroke: string;
}

export const cardKinds = [
  {
    id: 'enabler',
    name: { sv: 'Framgångsfaktor', en: 'Enabler' },
    plural: { sv: 'Framgångsfaktorer', en: 'Enablers' },
    fill: '#c8f0c4',
    stroke: '#2e8b3d',
  },
  {
    id: 'obstacle',
    name: { sv: 'Hinder', en: 'Obstacle' },
    plural: { sv: 'Hinder', en: 'Obstacles' },
    fill: '#ffc9c4',
    stroke: '#c62828',
  },
  {
    id: 'note',
    name: { sv: 'Anteckning', en: 'Note' },
    plural: { sv: 'Anteckningar', en: 'Notes' },
    fill: '#fff3a8',
    stroke: '#b59b00',
  },
] as const satisfies readonly CardKind[];

export type CardKindId = CardKind['id'];

export function cardKind(id: CardKindId): CardKind {
  return cardKinds.find((k) => k.id === id)!;
}
