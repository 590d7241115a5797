/**
 * Återkommande teman for the workshop report: what several groups wrote about, found
 * separately among hinder and framgångsfaktorer. A term is a word of a note after
 * normalisation, compound splitting and stemming, with inflections and typos joined
 * (terms.ts, vocabulary.ts). Each term raised by two or more groups is a theme; terms that
 * travel together, sharing at least half their notes, are one theme ("kompetens" and
 * "försörjning"). A note speaks of every theme whose term it contains.
 */
import type { CardKindId } from '@samkarta/shared';
import { Partition } from './partition.js';
import { languageProfile, tokenise, type ThemeLanguage } from './terms.js';
import { Vocabulary } from './vocabulary.js';

/** Neutral notes carry no theme. */
export type Kind = Exclude<CardKindId, 'note'>;

export interface ThemeNote {
  id: string;
  /** The group's id. */
  group: string;
  kind: Kind;
  text: string;
}

export interface Theme {
  kind: Kind;
  /** How the notes most often write it, e.g. "finansiering" or "samverkan kommuner". */
  name: string;
  groupCount: number;
  /** In the order the groups first appear among the notes. */
  groups: string[];
  /** In the order of the notes given. */
  noteIds: string[];
}

export interface ThemeOptions {
  language?: ThemeLanguage;
}

export const MIN_GROUPS = 2;
/** Terms whose note sets overlap at least this much (Jaccard) are one theme. */
export const MERGE_OVERLAP = 0.5;

const KIND_ORDER: readonly Kind[] = ['obstacle', 'enabler'];

/** One term where a note uses it, with the text to show for it in a name. */
interface Occurrence {
  term: string;
  /** The part as written, lower case: "finansiering" out of "Finansieringsbrist". */
  partSurface: string;
  /** The whole word as written, lower case, and every term it holds. */
  wordSurface: string;
  wordTerms: readonly string[];
  /** The word's place in the note, and a tenth for each part before it in a compound. */
  position: number;
}

function display(surface: string): string {
  // Acronyms (EU, RUS, LST) stay as they are; anything else is shown in lower case.
  return surface.length <= 4 && surface === surface.toUpperCase() && surface !== surface.toLowerCase()
    ? surface
    : surface.toLowerCase();
}

function occurrencesOf(text: string, vocabulary: Vocabulary): Occurrence[] {
  const occurrences: Occurrence[] = [];
  tokenise(text).forEach(({ surface, word }, position) => {
    const parts = vocabulary.parts(word);
    const termParts: { term: string; partSurface: string }[] = [];
    let offset = 0;
    for (const part of parts) {
      const at = word.indexOf(part, offset);
      offset = at + part.length;
      if (vocabulary.isTermWord(part)) {
        termParts.push({ term: vocabulary.term(part), partSurface: display(surface.slice(at, at + part.length)) });
      }
    }
    const wordTerms = termParts.length === parts.length ? termParts.map((p) => p.term) : [];
    termParts.forEach(({ term, partSurface }, part) => {
      occurrences.push({ term, partSurface, wordSurface: display(surface), wordTerms, position: position + part / 10 });
    });
  });
  return occurrences;
}

/**
 * The words of one note that carry the theme, in the note's order: a compound all of whose
 * parts are in the theme is shown whole ("kompetensförsörjning"), else only its part.
 */
function phraseOf(occurrences: readonly Occurrence[], terms: ReadonlySet<string>): { phrase: string; covered: number } {
  const words: string[] = [];
  const covered = new Set<string>();
  for (const occurrence of occurrences) {
    if (!terms.has(occurrence.term)) continue;
    covered.add(occurrence.term);
    const whole = occurrence.wordTerms.length > 1 && occurrence.wordTerms.every((term) => terms.has(term));
    const text = whole ? occurrence.wordSurface : occurrence.partSurface;
    if (!words.includes(text)) words.push(text);
  }
  return { phrase: words.join(' '), covered: covered.size };
}

/** Most often, then a prefix of more other forms (a typo seldom is: "tillit" of "tilliten"), then shortest. */
function commonest(counts: ReadonlyMap<string, number>, collator: Intl.Collator): string {
  const forms = [...counts.keys()];
  const prefixes = (form: string) => forms.filter((other) => other !== form && other.startsWith(form)).length;
  const ranked = forms.sort(
    (a, b) =>
      (counts.get(b) as number) - (counts.get(a) as number) ||
      prefixes(b) - prefixes(a) ||
      a.length - b.length ||
      collator.compare(a, b),
  );
  return ranked[0] as string;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The words that carry the theme in the same order in two or more notes; failing that,
 * each term's commonest form, the term in most notes first,
 * then the term written first.
 */
function nameOf(
  terms: ReadonlySet<string>,
  notes: readonly number[],
  occurrences: readonly Occurrence[][],
  collator: Intl.Collator,
): string {
  const phrases = new Map<string, number>();
  for (const note of notes) {
    const { phrase, covered } = phraseOf(occurrences[note] as Occurrence[], terms);
    if (covered === terms.size) increment(phrases, phrase);
  }
  const phrase = phrases.size > 0 ? commonest(phrases, collator) : '';
  if (terms.size === 1 || (phrases.get(phrase) ?? 0) >= 2) return phrase;
  const forms = new Map<string, Map<string, number>>();
  const noteCounts = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const note of notes) {
    for (const term of new Set((occurrences[note] as Occurrence[]).map((o) => o.term))) {
      if (terms.has(term)) increment(noteCounts, term);
    }
    for (const occurrence of occurrences[note] as Occurrence[]) {
      if (!terms.has(occurrence.term)) continue;
      positions.set(occurrence.term, (positions.get(occurrence.term) ?? 0) + occurrence.position);
      const counts = forms.get(occurrence.term) ?? new Map<string, number>();
      increment(counts, occurrence.partSurface);
      forms.set(occurrence.term, counts);
    }
  }
  const meanPosition = (term: string) =>
    (positions.get(term) as number) / [...(forms.get(term) as Map<string, number>).values()].reduce((a, b) => a + b, 0);
  return [...terms]
    .sort((a, b) => (noteCounts.get(b) as number) - (noteCounts.get(a) as number) || meanPosition(a) - meanPosition(b) || (a < b ? -1 : 1))
    .map((term) => commonest(forms.get(term) as Map<string, number>, collator))
    .join(' ');
}

/** Terms of one kind that share at least MERGE_OVERLAP of their notes, grouped. */
function mergedTerms(termNotes: ReadonlyMap<string, readonly number[]>): string[][] {
  const shared = new Map<string, number>();
  const notesTerms = new Map<number, string[]>();
  for (const [term, notes] of termNotes) {
    for (const note of notes) {
      const list = notesTerms.get(note);
      if (list) list.push(term);
      else notesTerms.set(note, [term]);
    }
  }
  for (const terms of notesTerms.values()) {
    terms.sort();
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const pair = `${terms[i]}\u0000${terms[j]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const partition = new Partition();
  for (const [pair, both] of shared) {
    const [a, b] = pair.split('\u0000') as [string, string];
    const either = (termNotes.get(a) as number[]).length + (termNotes.get(b) as number[]).length - both;
    if (both / either >= MERGE_OVERLAP) partition.union(a, b);
  }
  const merged = new Map<string, string[]>();
  for (const term of [...termNotes.keys()].sort()) {
    const root = partition.find(term);
    const members = merged.get(root);
    if (members) members.push(term);
    else merged.set(root, [term]);
  }
  return [...merged.values()];
}

export function findThemes(notes: readonly ThemeNote[], options: ThemeOptions = {}): Theme[] {
  const language = options.language ?? 'sv';
  const profile = languageProfile(language);
  const collator = new Intl.Collator(language);

  const words = new Set<string>();
  for (const note of notes) {
    for (const { word } of tokenise(note.text)) if (!profile.functionWords.has(word)) words.add(word);
  }
  const vocabulary = new Vocabulary(words, profile);
  const occurrences = notes.map((note) => occurrencesOf(note.text, vocabulary));

  const themes: Theme[] = [];
  for (const kind of KIND_ORDER) {
    const termNotes = new Map<string, number[]>();
    notes.forEach((note, index) => {
      if (note.kind !== kind) return;
      for (const term of new Set((occurrences[index] as Occurrence[]).map((o) => o.term))) {
        const list = termNotes.get(term);
        if (list) list.push(index);
        else termNotes.set(term, [index]);
      }
    });
    const raised = new Map(
      [...termNotes].filter(([, list]) => new Set(list.map((index) => (notes[index] as ThemeNote).group)).size >= MIN_GROUPS),
    );
    const ofKind: Theme[] = [];
    for (const terms of mergedTerms(raised)) {
      const noteIndexes = [...new Set(terms.flatMap((term) => raised.get(term) as number[]))].sort((a, b) => a - b);
      const groups = [...new Set(noteIndexes.map((index) => (notes[index] as ThemeNote).group))];
      ofKind.push({
        kind,
        name: nameOf(new Set(terms), noteIndexes, occurrences, collator),
        groupCount: groups.length,
        groups,
        noteIds: noteIndexes.map((index) => (notes[index] as ThemeNote).id),
      });
    }
    ofKind.sort(
      (a, b) =>
        b.groupCount - a.groupCount || collator.compare(a.name, b.name) || collator.compare(a.noteIds[0] ?? '', b.noteIds[0] ?? ''),
    );
    themes.push(...ofKind);
  }
  return themes;
}
