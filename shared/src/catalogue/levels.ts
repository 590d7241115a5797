import type { Localized } from './localized.js';

/** Governance levels (flernivåstyrning), ordered from local to EU. */
export const governanceLevels = [
  { id: 'lokal', name: { sv: 'Lokal', en: 'Local' } },
  { id: 'regional', name: { sv: 'Regional', en: 'Regional' } },
  { id: 'nationell', name: { sv: 'Nationell', en: 'National' } },
  { id: 'eu', name: { sv: 'EU', en: 'EU' } },
] as const satisfies readonly { id: string; name: Localized }[];

export type GovernanceLevelId = (typeof governanceLevels)[number]['id'];
