import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY, setupI18n, storedLanguage } from './setup';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('language', () => {
  it('defaults to Swedish and ignores stored values that are not a UI language', () => {
    expect(storedLanguage(memoryStorage())).toBe('sv');
    expect(storedLanguage(memoryStorage({ [LANGUAGE_KEY]: 'de' }))).toBe('sv');
    expect(storedLanguage(memoryStorage({ [LANGUAGE_KEY]: 'en' }))).toBe('en');
  });

  it('persists a switch and keeps <html lang> in step', async () => {
    const storage = memoryStorage();
    const root = { lang: '' } as HTMLElement;
    const i18n = setupI18n(storage, root);
    expect(root.lang).toBe('sv');
    expect(i18n.t('tools.select')).toBe('Markera');
    await i18n.changeLanguage('en');
    expect(root.lang).toBe('en');
    expect(storage.data.get(LANGUAGE_KEY)).toBe('en');
    expect(i18n.t('tools.select')).toBe('Select');
    expect(i18n.t('presence.others', { count: 2 })).toBe('2 more people on the map');
  });
});
