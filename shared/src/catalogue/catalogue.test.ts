import { describe, expect, it } from 'vitest';
import { actorCategories, actorCategory, actorCategoryIds, isActorCategoryId } from './actorCategories.js';
import { cardKinds } from './cardKinds.js';
import { governanceLevels } from './levels.js';
import { languages } from './localized.js';
import { isRelationId, relationTypes } from './relations.js';
import { en } from '../i18n/en.js';
import { sv } from '../i18n/sv.js';

describe('catalogue', () => {
  it('holds exactly the actor categories of the domain, in order', () => {
    expect(actorCategoryIds).toEqual([
      'region', 'kommun', 'lansstyrelse', 'myndighet', 'regeringskansliet', 'larosate',
      'naringsliv', 'civilsamhalle', 'eu', 'invanare', 'ovrig',
    ]);
    expect(isActorCategoryId('kommun')).toBe(true);
    expect(isActorCategoryId('kungahuset')).toBe(false);
    expect(actorCategory('lansstyrelse').name.sv).toBe('Länsstyrelsen');
  });

  it('names every entry in every language and gives distinct colours', () => {
    for (const entry of [...actorCategories, ...relationTypes, ...cardKinds, ...governanceLevels]) {
      for (const lang of languages) expect(entry.name[lang].trim()).not.toBe('');
    }
    for (const list of [actorCategories, relationTypes]) {
      const colours = list.map((e) => e.color.toLowerCase());
      expect(new Set(colours).size).toBe(colours.length);
      for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('has the relation types of the domain with distinct line styles', () => {
    expect(relationTypes.map((r) => r.id)).toEqual(['samverkan', 'mandat', 'finansiering', 'dialog', 'konflikt', 'annan']);
    const styles = relationTypes.map((r) => r.dash.join(','));
    expect(new Set(styles).size).toBe(styles.length);
    expect(isRelationId('dialog')).toBe(true);
    expect(isRelationId('vänskap')).toBe(false);
  });

  it('English strings cover every Swedish key', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    for (const k of keys(en)) expect(k).not.toBe('');
  });
});
