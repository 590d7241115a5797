import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from './exampleWorkshop.fixture.js';
import { languageProfile, normalise, tokenise } from './terms.js';
import { findThemes, type ThemeNote } from './themes.js';
import { typoTolerance, Vocabulary } from './vocabulary.js';

const sv = languageProfile('sv');

function vocabularyOf(...texts: string[]): Vocabulary {
  const words = texts.flatMap((text) => tokenise(text).map((t) => t.word)).filter((w) => !sv.functionWords.has(w));
  return new Vocabulary(words, sv);
}

/** One obstacle note per group: g1 wrote the first text, g2 the second, and so on. */
function obstacles(...texts: string[]): ThemeNote[] {
  return texts.map((text, i) => ({ id: `n${i + 1}`, group: `g${i + 1}`, kind: 'obstacle', text }));
}

const summary = (notes: readonly ThemeNote[]) =>
  findThemes(notes).map((t) => `${t.kind} ${t.groupCount} ${t.name}: ${t.noteIds.join(' ')}`);

describe('findThemes on a workshop of fourteen groups', () => {
  it('finds the recurring hinder and framgångsfaktorer, most groups first', () => {
    expect(summary(exampleWorkshop)).toEqual([
      'obstacle 8 finansiering: g01-h1 g02-h1 g03-h1 g04-h1 g05-h1 g07-h1 g12-h2 g14-h1',
      'obstacle 5 stuprör: g01-h2 g03-h2 g05-h2 g07-h2 g14-h2',
      'obstacle 4 kommuner samverkan: g06-h1 g09-h2 g10-h1 g11-h1',
      'obstacle 3 beroende person: g04-h2 g07-h3 g11-h2',
      'obstacle 3 kompetens försörjning: g02-h2 g05-h3 g09-h1',
      'obstacle 3 mandat: g04-h3 g06-h3 g13-h1',
      'obstacle 3 prestige: g02-h3 g06-h1 g10-h2',
      'obstacle 3 roller: g01-h3 g08-h2 g13-h1',
      'obstacle 3 tid: g06-h2 g08-h1 g12-h1',
      'enabler 4 dialog: g01-f2 g05-f2 g08-f1 g12-f2',
      'enabler 4 förankring politisk: g02-f2 g06-f1 g09-f1 g12-f1',
      'enabler 4 gemensam målbild: g01-f1 g02-f1 g04-f2 g10-f2',
      'enabler 3 mod: g05-f1 g07-f1 g11-f1',
      'enabler 3 tillit: g04-f1 g07-f2 g09-f2',
      'enabler 3 uppdrag: g03-f1 g06-f2 g10-f1',
      'enabler 2 eldsjälar: g03-f2 g08-f2',
    ]);
  });

  it('lists the groups of a theme in the order they first appear', () => {
    const stuprör = findThemes(exampleWorkshop).find((t) => t.name === 'stuprör');
    expect(stuprör?.groups).toEqual(['g01', 'g03', 'g05', 'g07', 'g14']);
  });

  it('leaves out what only one group wrote', () => {
    const words = findThemes(exampleWorkshop).flatMap((t) => t.name.split(' '));
    for (const single of ['trafikverket', 'lokaler', 'EU', 'regler', 'fika', 'processledare', 'systemen']) {
      expect(words).not.toContain(single);
    }
  });

  it('keeps hinder and framgångsfaktorer apart', () => {
    const notes: ThemeNote[] = [
      { id: 'a', group: 'g1', kind: 'obstacle', text: 'ingen dialog' },
      { id: 'b', group: 'g2', kind: 'enabler', text: 'dialog' },
    ];
    expect(findThemes(notes)).toEqual([]);
  });

  it('orders by groups, then by name, and gives the same answer for the notes in any order', () => {
    const themes = findThemes(exampleWorkshop);
    const reversed = findThemes([...exampleWorkshop].reverse());
    expect(reversed.map((t) => [t.kind, t.name, t.groupCount])).toEqual(themes.map((t) => [t.kind, t.name, t.groupCount]));
    const collator = new Intl.Collator('sv');
    for (const kind of ['obstacle', 'enabler'] as const) {
      const ofKind = themes.filter((t) => t.kind === kind);
      const sorted = [...ofKind].sort((a, b) => b.groupCount - a.groupCount || collator.compare(a.name, b.name));
      expect(ofKind).toEqual(sorted);
    }
  });

  it('counts a group once however many of its notes share the term', () => {
    const notes: ThemeNote[] = [
      { id: 'a', group: 'g1', kind: 'obstacle', text: 'prestige' },
      { id: 'b', group: 'g1', kind: 'obstacle', text: 'prestigen' },
    ];
    expect(findThemes(notes)).toEqual([]);
  });

  it('runs on 18 groups of 300 notes well within a second', () => {
    const words = exampleWorkshop.map((n) => n.text);
    const notes: ThemeNote[] = [];
    for (let g = 0; g < 18; g++) {
      for (let i = 0; i < 300; i++) {
        const text = `${words[(g * 7 + i) % words.length]} ${'abcdefghijklmnopqrstuvwxyzåäö'[i % 29]}ord${g}x${i}`;
        notes.push({ id: `${g}-${i}`, group: `g${g}`, kind: i % 2 ? 'obstacle' : 'enabler', text });
      }
    }
    const started = performance.now();
    findThemes(notes);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('normalisation', () => {
  it('ignores case and accents but keeps å, ä and ö', () => {
    expect(normalise('Café MÅL Ärende Örebro')).toBe('cafe mål ärende örebro');
    expect(normalise('Møte Æ')).toBe('möte ä');
  });

  it('splits on anything but letters and drops one-letter tokens', () => {
    expect(tokenise('EU-regler, 2027: i tid!').map((t) => t.word)).toEqual(['eu', 'regler', 'tid']);
  });

  it('groups a note in capitals with the same note in lower case', () => {
    expect(summary(obstacles('PRESTIGE', 'prestige'))).toEqual(['obstacle 2 prestige: n1 n2']);
  });
});

describe('stop words', () => {
  it('makes no theme of function words or of words that only say how bad', () => {
    expect(findThemes(obstacles('det är svårt och otydligt', 'det är svårt, otydligt och brist'))).toEqual([]);
  });
});

describe('inflections', () => {
  it('joins the forms the stemmer joins', () => {
    expect(summary(obstacles('kommun', 'kommunerna', 'kommunernas'))).toEqual(['obstacle 3 kommun: n1 n2 n3']);
  });

  it('joins endings the stemmer leaves on when the base form is a word of the workshop', () => {
    expect(summary(obstacles('mandat', 'mandatet'))).toEqual(['obstacle 2 mandat: n1 n2']);
    expect(summary(obstacles('gemensam', 'gemensamma'))).toEqual(['obstacle 2 gemensam: n1 n2']);
  });
});

describe('compounds', () => {
  it('splits a compound whose parts the workshop writes elsewhere, with a linking s', () => {
    const vocabulary = vocabularyOf('finansieringsbrist', 'brist på finansiering', 'kompetensförsörjning', 'kompetens försörjning');
    expect(vocabulary.parts('finansieringsbrist')).toEqual(['finansiering', 'brist']);
    expect(vocabulary.parts('kompetensförsörjning')).toEqual(['kompetens', 'försörjning']);
  });

  it('leaves a compound whole when its parts are not words of the workshop', () => {
    expect(vocabularyOf('kompetensförsörjning', 'stuprör').parts('kompetensförsörjning')).toEqual(['kompetensförsörjning']);
  });

  it('finds the same theme in a compound and in its parts written apart', () => {
    expect(summary(obstacles('finansieringsbrist', 'brist på finansiering'))).toEqual(['obstacle 2 finansiering: n1 n2']);
    expect(summary(obstacles('kompetensförsörjning', 'kompetens försörjning'))).toEqual([
      'obstacle 2 kompetens försörjning: n1 n2',
    ]);
  });
});

describe('typos', () => {
  it('tolerates nothing in short words, one edit up to seven letters, two beyond', () => {
    expect([4, 5, 7, 8, 12].map(typoTolerance)).toEqual([0, 1, 1, 2, 2]);
  });

  it('joins a typo or a dropped ring or dots to the word meant', () => {
    expect(summary(obstacles('finansiering', 'finansering', 'finansieringen'))).toEqual([
      'obstacle 3 finansiering: n1 n2 n3',
    ]);
    expect(summary(obstacles('stuprör', 'stupror', 'stuprör'))).toEqual(['obstacle 3 stuprör: n1 n2 n3']);
  });

  it('never joins short words that differ', () => {
    expect(findThemes(obstacles('mål', 'mal'))).toEqual([]);
    expect(findThemes(obstacles('roll', 'rolf'))).toEqual([]);
  });
});

describe('English', () => {
  it('uses English stop words and stems', () => {
    const notes = obstacles('Lack of funding', 'the funds are short', 'funding!');
    expect(findThemes(notes, { language: 'en' }).map((t) => [t.name, t.groupCount])).toEqual([['funding', 3]]);
  });
});
