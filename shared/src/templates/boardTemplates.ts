/**
 * Templates every board of a workshop starts from (`template` of POST /api/workshops). The
 * server writes a template's elements into each group board's first snapshot; the start page
 * lists the names and descriptions. The elements are ordinary zones and text the group may
 * move, retitle or delete.
 */
import { cardKind } from '../catalogue/cardKinds.js';
import type { Language, Localized } from '../catalogue/localized.js';
import { TEXT_LINE_HEIGHT, textFontSizes } from '../schema/text.js';
import type { NewElement } from '../schema/write.js';
import { levelLanes } from './levelLanes.js';

export const workshopTemplates = ['empty', 'whatItTakes', 'actorMap'] as const;
export type WorkshopTemplate = (typeof workshopTemplates)[number];

export interface BoardTemplate {
  readonly id: WorkshopTemplate;
  readonly name: Localized;
  readonly description: Localized;
  /** The elements a new board starts with, titled in `language`, top-left at the origin. */
  elements(language: Language): NewElement[];
}

const whatItTakesQuestion: Localized = {
  sv: 'Vad krävs för att få det att hända?',
  en: 'What does it take to make it happen?',
};

/** "Vad krävs…": the question as the heading, a framgångsfaktorer area and a hinder area below. */
const AREA = { w: 780, h: 640 } as const;
const AREA_GAP = 40;
const HEADING_SIZE = 'l';
/** Room between the heading's top and the areas. */
const AREA_TOP = 96;

function whatItTakesElements(language: Language): NewElement[] {
  const area = (x: number, label: Localized): NewElement => ({ kind: 'zone', x, y: AREA_TOP, ...AREA, label: label[language] });
  return [
    {
      kind: 'text',
      x: 0,
      y: 0,
      // The server cannot measure type: the heading's extent spans both areas, which holds
      // the question at this size; the board refits it once someone edits the text.
      w: 2 * AREA.w + AREA_GAP,
      h: Math.ceil(textFontSizes[HEADING_SIZE] * TEXT_LINE_HEIGHT),
      size: HEADING_SIZE,
      text: whatItTakesQuestion[language],
    },
    area(0, cardKind('enabler').plural),
    area(AREA.w + AREA_GAP, cardKind('obstacle').plural),
  ];
}

export const boardTemplates: Readonly<Record<WorkshopTemplate, BoardTemplate>> = {
  empty: {
    id: 'empty',
    name: { sv: 'Tom karta', en: 'Empty map' },
    description: { sv: 'Grupperna börjar från ett tomt blad.', en: 'Groups start from a blank board.' },
    elements: () => [],
  },
  whatItTakes: {
    id: 'whatItTakes',
    name: whatItTakesQuestion,
    description: {
      sv: 'Frågan som rubrik och två ytor: framgångsfaktorer och hinder.',
      en: 'The question as the heading and two areas: enablers (framgångsfaktorer) and obstacles (hinder).',
    },
    elements: whatItTakesElements,
  },
  actorMap: {
    id: 'actorMap',
    name: { sv: 'Aktörskarta', en: 'Actor map' },
    description: {
      sv: 'Nivåerna lokal, regional, nationell och EU som fält att placera aktörer i.',
      en: 'Lanes for the local, regional, national and EU levels to place actors in.',
    },
    elements: (language) => levelLanes({ x: 0, y: 0 }, (text) => text[language]),
  },
};

export function isWorkshopTemplate(value: unknown): value is WorkshopTemplate {
  return typeof value === 'string' && (workshopTemplates as readonly string[]).includes(value);
}
