/**
 * The workshop's own vocabulary, used to decide which words are one term: compounds are
 * split when their parts are words the workshop uses elsewhere, and stems are joined when
 * one is an inflection the stemmer missed or a typo of the other. Everything is learnt from
 * the notes at hand; there is no dictionary.
 */
import { distance } from 'fastest-levenshtein';
import { Partition } from './partition.js';
import type { LanguageProfile } from './terms.js';

/** Shorter parts than this match too much by chance ("dag" in "vardag"). */
const MIN_PART = 3;
/** A head found only as a stem (the "skol" of "skola" in "skolutveckling") must be longer. */
const MIN_STEM_HEAD = 4;
/** Compounds of more parts than this are not looked for. */
const MAX_PARTS = 3;

/** Edits tolerated between two stems, by the length of the shorter: none for short words. */
export function typoTolerance(length: number): number {
  if (length < 5) return 0;
  return length <= 7 ? 1 : 2;
}

const FOLDED: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o' };

/**
 * Typos in the first two letters are not looked for, so that only a small bucket is
 * compared; a dropped ring or dots there still is ("forankring").
 */
function bucketKey(key: string): string {
  return [...key.slice(0, 2)].map((char) => FOLDED[char] ?? char).join('');
}

function undoubled(word: string): string | undefined {
  const last = word.at(-1);
  return last !== undefined && word.at(-2) === last && !'aeiouyåäö'.includes(last) ? word.slice(0, -1) : undefined;
}

export class Vocabulary {
  private readonly known = new Set<string>();
  private readonly knownStems = new Set<string>();
  private readonly stems = new Map<string, string>();
  private readonly splits = new Map<string, readonly string[]>();
  private readonly stemTerms = new Partition();

  /** words: every word of the workshop's notes that is not a function word. */
  constructor(
    words: Iterable<string>,
    private readonly language: LanguageProfile,
  ) {
    for (const word of words) this.known.add(word);
    for (const word of this.known) this.knownStems.add(this.stem(word));
    const termWords = new Set<string>();
    for (const word of this.known) for (const part of this.parts(word)) if (this.isTermWord(part)) termWords.add(part);
    this.joinInflections(termWords);
    this.joinTypos(termWords);
  }

  /** Whether a word (or part) is a term at all rather than a function or weak word. */
  isTermWord(word: string): boolean {
    return !this.language.functionWords.has(word) && !this.language.weakWords.has(word);
  }

  /**
   * The parts of a compound, as slices of the word ("finansieringsbrist" → "finansiering",
   * "brist"; a linking s is dropped), or the word alone. The longest known head wins.
   */
  parts(word: string): readonly string[] {
    let found = this.splits.get(word);
    if (!found) {
      found = this.split(word, MAX_PARTS) ?? [word];
      this.splits.set(word, found);
    }
    return found;
  }

  /** The term a word belongs to: one key for all its inflections and typos. */
  term(word: string): string {
    return this.stemTerms.find(this.stem(word));
  }

  private stem(word: string): string {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      stem = this.language.stem(word);
      this.stems.set(word, stem);
    }
    return stem;
  }

  private isPart(part: string): boolean {
    return part.length >= MIN_PART && !this.language.functionWords.has(part);
  }

  private isHead(head: string): boolean {
    return this.isPart(head) && (this.known.has(head) || (head.length >= MIN_STEM_HEAD && this.knownStems.has(head)));
  }

  /** A tail may be inflected, also where the stemmer leaves the ending on ("beroendet"). */
  private isTail(tail: string): boolean {
    if (!this.isPart(tail)) return false;
    if (this.known.has(tail) || this.knownStems.has(this.stem(tail))) return true;
    return this.language.inflections.some((ending) => tail.endsWith(ending) && this.known.has(tail.slice(0, -ending.length)));
  }

  private split(word: string, maxParts: number): string[] | undefined {
    if (maxParts < 2) return undefined;
    for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
      const head = word.slice(0, cut);
      if (!this.isHead(head)) continue;
      const rests = [word.slice(cut)];
      if (this.language.linkers.includes(word[cut] as string)) rests.push(word.slice(cut + 1));
      for (const rest of rests) {
        if (this.isTail(rest)) return [head, rest];
        const more = this.split(rest, maxParts - 1);
        if (more) return [head, ...more];
      }
    }
    return undefined;
  }

  /** "mandatet" joins "mandat" when the workshop also wrote "mandat". */
  private joinInflections(termWords: ReadonlySet<string>): void {
    for (const word of termWords) {
      for (const ending of this.language.inflections) {
        if (!word.endsWith(ending) || word.length - ending.length < MIN_PART) continue;
        const base = word.slice(0, -ending.length);
        for (const candidate of [base, undoubled(base)]) {
          if (candidate !== undefined && candidate !== word && termWords.has(candidate)) {
            this.stemTerms.union(this.stem(word), this.stem(candidate));
          }
        }
      }
    }
  }

  /**
   * Typos are looked for among the distinct stems and the distinct words both: a stem
   * catches "finanseringen" against "finansiering", a word catches "stupror" against
   * "stuprör" where the stemmer cut the two differently. Only strings in the same bucket
   * of first two letters and within the tolerance in length are compared, so the work grows with
   * the size of a bucket rather than with the square of all words.
   */
  private joinTypos(termWords: ReadonlySet<string>): void {
    const stemOf = new Map<string, string>();
    for (const word of termWords) {
      stemOf.set(this.stem(word), this.stem(word));
      if (!stemOf.has(word)) stemOf.set(word, this.stem(word));
    }
    const buckets = new Map<string, string[]>();
    for (const key of stemOf.keys()) {
      if (typoTolerance(key.length) === 0) continue;
      const bucket = buckets.get(bucketKey(key));
      if (bucket) bucket.push(key);
      else buckets.set(bucketKey(key), [key]);
    }
    for (const bucket of buckets.values()) {
      bucket.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      for (let i = 0; i < bucket.length; i++) {
        const a = bucket[i] as string;
        const tolerance = typoTolerance(a.length);
        for (let j = i + 1; j < bucket.length; j++) {
          const b = bucket[j] as string;
          if (b.length - a.length > tolerance) break;
          if (distance(a, b) <= tolerance) this.stemTerms.union(stemOf.get(a) as string, stemOf.get(b) as string);
        }
      }
    }
  }
}
