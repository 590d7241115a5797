import { describe, expect, it } from 'vitest';
import { guestAdjectives, guestAnimals, guestName, presenceColors } from './guestName';
import { IDENTITY_KEY, loadIdentity, saveIdentity } from './identity';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('guest names', () => {
  it('pairs an adjective with an animal', () => {
    expect(guestName(() => 0)).toBe('Modig Lo');
    expect(guestName(() => 0.9999)).toBe(`${guestAdjectives.at(-1)} ${guestAnimals.at(-1)}`);
  });

  it('gives names in the form "Adjektiv Djur" for any random source', () => {
    for (let i = 0; i < 50; i++) expect(guestName()).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
  });
});

describe('identity', () => {
  it('creates a guest once and keeps it', () => {
    const storage = memoryStorage();
    const first = loadIdentity(storage, () => 0.5);
    expect(presenceColors).toContain(first.color);
    expect(storage.data.has(IDENTITY_KEY)).toBe(true);
    expect(loadIdentity(storage, () => 0)).toEqual(first);
  });

  it('keeps a chosen name, and replaces a stored identity that is not valid', () => {
    const storage = memoryStorage();
    saveIdentity(storage, { name: '  Anna   från Region  ', color: presenceColors[2] });
    expect(loadIdentity(storage).name).toBe('Anna från Region');
    storage.setItem(IDENTITY_KEY, JSON.stringify({ name: 'X', color: 'red' }));
    expect(loadIdentity(storage, () => 0)).toEqual({ name: 'Modig Lo', color: presenceColors[0] });
    storage.setItem(IDENTITY_KEY, '{not json');
    expect(loadIdentity(storage, () => 0).name).toBe('Modig Lo');
  });

  it('still works when storage throws (private mode)', () => {
    const storage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadIdentity(storage, () => 0).name).toBe('Modig Lo');
  });
});
