/**
 * A workshop of fourteen groups on "Vad krävs för att få det att hända?", written the way
 * sticky notes are: typos, inflections, compounds together and apart, filler words and
 * notes that no other group shares. The tests of themes.ts and docs/report-themes.md use it.
 */
import type { ThemeNote } from './themes.js';

/** Per group: its hinder (h) and its framgångsfaktorer (f), in the order written. */
const boards: Readonly<Record<string, { h: readonly string[]; f: readonly string[] }>> = {
  g01: {
    h: ['Kortsiktig finansiering', 'Stuprör mellan förvaltningarna', 'Otydliga roller'],
    f: ['Gemensam målbild', 'dialog med näringslivet'],
  },
  g02: {
    h: ['finansieringen räcker inte', 'kompetensförsörjning!!', 'prestige'],
    f: ['gemensam malbild', 'Förankring i politiken'],
  },
  g03: {
    h: ['Finansieringsbrist', 'tänker i stuprör', 'Trafikverket svarar aldrig'],
    f: ['Tydligt uppdrag från ledningen', 'Eldsjälar som driver'],
  },
  g04: {
    h: ['brist på finansiering', 'allt hänger på en person, personberoende', 'oklart mandat'],
    f: ['tillit mellan aktörerna', 'gemensamma målbilden'],
  },
  g05: {
    h: ['finansering saknas', 'Stuprören!!', 'kompetens försörjning på landsbygden'],
    f: ['mod att testa nytt', 'löpande dialog'],
  },
  g06: {
    h: ['Prestigen mellan kommunerna', 'tidsbrist', 'mandatet är otydligt'],
    f: ['politisk forankring', 'uppdraget tydligt för alla'],
  },
  g07: {
    h: ['projektfinansiering, allt blir projekt', 'stupror', 'person beroende'],
    f: ['modet att våga', 'tilit'],
  },
  g08: {
    h: ['för lite tid', 'rollerna oklara', 'lokaler saknas'],
    f: ['Dialogen med regionen', 'eldsjälarna!'],
  },
  g09: {
    h: ['svårt med kompetensförsörjningen', 'samverkan mellan komunerna', 'EU-regler krångliga'],
    f: ['förankringen tidigt', 'tilliten har växt'],
  },
  g10: {
    h: ['Ingen samverkan kommuner emellan', 'prestigetänkande'],
    f: ['Tydliga uppdrag', 'gemensam målbild för hela länet'],
  },
  g11: {
    h: ['kommunernas samverkan haltar', 'personberoendet är stort'],
    f: ['MOD', 'fika tillsammans'],
  },
  g12: {
    h: ['ont om tid', 'finansieringen osäker efter 2027'],
    f: ['Förankring politiskt', 'dialoger med civilsamhället'],
  },
  g13: {
    h: ['otydliga roller och mandat', 'IT-systemen pratar inte med varandra'],
    f: ['engagerade medborgare'],
  },
  g14: {
    h: ['Finanserna styr allt', 'stuprörstänk'],
    f: ['bra processledare'],
  },
};

export const exampleWorkshop: readonly ThemeNote[] = Object.entries(boards).flatMap(([group, { h, f }]) => [
  ...h.map((text, i) => ({ id: `${group}-h${i + 1}`, group, kind: 'obstacle' as const, text })),
  ...f.map((text, i) => ({ id: `${group}-f${i + 1}`, group, kind: 'enabler' as const, text })),
]);
