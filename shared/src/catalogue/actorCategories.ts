import type { GovernanceLevelId } from './levels.js';
import type { Localized } from './localized.js';

/**
 * The actor catalogue of a gemensam karta. The ids are stored in documents and must never
 * change; names, colours and icons may. Colours are chosen to stay apart for the common
 * forms of colour blindness and to carry dark text.
 */
export interface ActorCategory {
  readonly id: string;
  readonly name: Localized;
  /** Longer description, shown as a hint in the palette. */
  readonly hint: Localized;
  readonly color: string;
  /** A short symbol drawn on the actor; text, so it needs no icon font. */
  readonly icon: string;
  readonly level: GovernanceLevelId | null;
}

export const actorCategories = [
  {
    id: 'region',
    name: { sv: 'Region', en: 'Region' },
    hint: { sv: 'Regionfullmäktige, regionstyrelse', en: 'The region: regional council and board' },
    color: '#7cb6f2',
    icon: '🏛',
    level: 'regional',
  },
  {
    id: 'kommun',
    name: { sv: 'Kommun', en: 'Municipality' },
    hint: { sv: 'Kommun', en: 'Municipality' },
    color: '#9fd49b',
    icon: '🏘',
    level: 'lokal',
  },
  {
    id: 'lansstyrelse',
    name: { sv: 'Länsstyrelsen', en: 'County administrative board' },
    hint: { sv: 'Länsstyrelsen (LST), staten i länet', en: 'The state at regional level' },
    color: '#f2c36b',
    icon: '⚖',
    level: 'regional',
  },
  {
    id: 'myndighet',
    name: { sv: 'Statlig myndighet', en: 'State agency' },
    hint: { sv: 'T.ex. Tillväxtverket, Trafikverket', en: 'E.g. the growth or transport agency' },
    color: '#f59d7a',
    icon: '🏢',
    level: 'nationell',
  },
  {
    id: 'regeringskansliet',
    name: { sv: 'Regeringskansliet', en: 'Government offices' },
    hint: { sv: 'Regeringskansliet / departement (RK)', en: 'Government offices / ministries' },
    color: '#d7a6e8',
    icon: '👑',
    level: 'nationell',
  },
  {
    id: 'larosate',
    name: { sv: 'Lärosäte', en: 'University' },
    hint: { sv: 'Universitet och högskolor', en: 'University or college' },
    color: '#8fd3d6',
    icon: '🎓',
    level: null,
  },
  {
    id: 'naringsliv',
    name: { sv: 'Näringsliv', en: 'Business' },
    hint: { sv: 'Näringsliv / företag', en: 'Business and companies' },
    color: '#c9c9f5',
    icon: '💼',
    level: null,
  },
  {
    id: 'civilsamhalle',
    name: { sv: 'Civilsamhälle', en: 'Civil society' },
    hint: { sv: 'Ideell sektor, föreningsliv', en: 'Non-profit sector, associations' },
    color: '#f5b3c8',
    icon: '🤝',
    level: null,
  },
  {
    id: 'eu',
    name: { sv: 'EU', en: 'EU' },
    hint: { sv: 'T.ex. strukturfondsprogram', en: 'E.g. structural fund programmes' },
    color: '#a9c4f5',
    icon: '🇪🇺',
    level: 'eu',
  },
  {
    id: 'invanare',
    name: { sv: 'Invånare', en: 'Residents' },
    hint: { sv: 'Invånare / medborgare', en: 'Residents / citizens' },
    color: '#e8d9a6',
    icon: '👥',
    level: 'lokal',
  },
  {
    id: 'ovrig',
    name: { sv: 'Övrig aktör', en: 'Other actor' },
    hint: { sv: 'Annan aktör', en: 'Any other actor' },
    color: '#d0d0d0',
    icon: '•',
    level: null,
  },
] as const satisfies readonly ActorCategory[];

export type ActorCategoryId = (typeof actorCategories)[number]['id'];

export const actorCategoryIds: readonly ActorCategoryId[] = actorCategories.map((c) => c.id);

const byId: ReadonlyMap<string, ActorCategory> = new Map(actorCategories.map((c) => [c.id, c]));

export function isActorCategoryId(value: unknown): value is ActorCategoryId {
  return typeof value === 'string' && byId.has(value);
}

export function actorCategory(id: ActorCategoryId): ActorCategory {
  // The type guarantees presence; the fallback only guards documents from newer versions.
  return byId.get(id) ?? actorCategories[actorCategories.length - 1]!;
}
