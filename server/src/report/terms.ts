/**
 * Words out of a sticky note: normalisation, tokens, stop words and stems, per language.
 * Notes are typed fast on phones, so matching ignores case and accents, but å, ä and ö
 * stay letters of their own: "mål" (goal) is not "mal" (moth). A dropped ring or dots in a
 * longer word is one edit and is caught by the typo tolerance in vocabulary.ts instead.
 */
import snowball from 'snowball-stemmers';
import { eng, swe } from 'stopword';

export type ThemeLanguage = 'sv' | 'en';

export interface LanguageProfile {
  stem(word: string): string;
  /** Function words: never a term, and never a part of a compound. */
  functionWords: ReadonlySet<string>;
  /**
   * Words that say how much or how bad rather than what about ("brist", "otydlig"). They may
   * be the part of a compound ("finansieringsbrist") but are never a term of their own.
   */
  weakWords: ReadonlySet<string>;
  /** Letters that may join the parts of a compound: Swedish "kompetens-s-försörjning". */
  linkers: readonly string[];
  /**
   * Endings the stemmer leaves on: Swedish snowball strips "-en" but not "-et" ("mandatet"),
   * and not "-a" after a doubled consonant ("gemensamma"). Longest first.
   */
  inflections: readonly string[];
}

const SWEDISH_WEAK_WORDS = [
  'brist', 'bristen', 'bristande', 'brister', 'saknas', 'saknar', 'saknade', 'behov', 'behövs', 'krävs',
  'problem', 'problemet', 'svårt', 'svår', 'svåra', 'svårigheter', 'dålig', 'dåligt', 'dåliga',
  'tydlig', 'tydligt', 'tydliga', 'tydligare', 'otydlig', 'otydligt', 'otydliga', 'oklar', 'oklart',
  'oklara', 'låg', 'lågt', 'låga', 'höga', 'högt', 'många', 'mer', 'mycket', 'ingen', 'inget', 'inga',
  'tänk', 'tänker', 'tänkande', 'hinder', 'hindret', 'framgångsfaktor', 'framgångsfaktorer', 'funkar', 'fungerar', 'fungerande',
  'typ', 'osv', 'etc', 'bl', 'ex', 'mm', 'pga', 'sk', 'tex',
];

const ENGLISH_WEAK_WORDS = [
  'lack', 'lacking', 'missing', 'need', 'needs', 'needed', 'problem', 'problems', 'hard', 'difficult',
  'poor', 'bad', 'good', 'clear', 'unclear', 'low', 'high', 'many', 'much', 'more', 'less', 'etc',
];

function profile(
  algorithm: string,
  functionWords: readonly string[],
  weakWords: readonly string[],
  linkers: readonly string[],
  inflections: readonly string[],
): LanguageProfile {
  const stemmer = snowball.newStemmer(algorithm);
  return {
    stem: (word) => stemmer.stem(word),
    functionWords: new Set(functionWords.map(normalise)),
    weakWords: new Set(weakWords.map(normalise)),
    linkers,
    inflections,
  };
}

const profiles = new Map<ThemeLanguage, () => LanguageProfile>([
  ['sv', () => profile('swedish', swe, SWEDISH_WEAK_WORDS, ['s'], ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ets', 'ens', 'et', 'en', 'er', 'ar', 'or', 'na', 'a', 'e', 'n', 't', 's'])],
  ['en', () => profile('english', eng, ENGLISH_WEAK_WORDS, [], ['s'])],
]);

const built = new Map<ThemeLanguage, LanguageProfile>();

export function languageProfile(language: ThemeLanguage): LanguageProfile {
  let found = built.get(language);
  if (!found) {
    found = (profiles.get(language) as () => LanguageProfile)();
    built.set(language, found);
  }
  return found;
}

/** Nordic keyboards offer æ and ø next to where a Swede expects ä and ö. */
const NORDIC_LOOKALIKES: Readonly<Record<string, string>> = { æ: 'ä', ø: 'ö' };
const KEPT = new Set(['å', 'ä', 'ö']);

/**
 * Lower case, accents dropped (é → e, ü → u) except the Swedish letters å, ä, ö, which are
 * kept whole. Works on a word or on a whole note.
 */
export function normalise(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    const lookalike = NORDIC_LOOKALIKES[char];
    if (lookalike) out += lookalike;
    else if (KEPT.has(char)) out += char;
    else out += char.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

export interface Token {
  /** As written, for names: "Finansieringen". */
  surface: string;
  /** normalise(surface): "finansieringen". */
  word: string;
}

/**
 * Runs of letters; anything else (space, hyphen, slash, digits, emoji) separates, so
 * "kompetens-försörjning" is written apart. One-letter tokens carry no theme.
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = normalise(match[0]);
    if (word.length >= 2) tokens.push({ surface: match[0], word });
  }
  return tokens;
}
