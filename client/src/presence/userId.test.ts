import { describe, expect, it } from 'vitest';
import { loadUserId, USER_ID_KEY } from './userId';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

describe('loadUserId', () => {
  it('makes an id once and keeps it', () => {
    const storage = memoryStorage();
    const first = loadUserId(storage, () => 'abc123');
    expect(first).toBe('abc123');
    expect(loadUserId(storage, () => 'other')).toBe('abc123');
  });

  it('replaces a stored value that cannot be a voter id (it would break the vote keys)', () => {
    const storage = memoryStorage({ [USER_ID_KEY]: 'has:colon' });
    expect(loadUserId(storage, () => 'fresh')).toBe('fresh');
    expect(storage.values.get(USER_ID_KEY)).toBe('fresh');
  });

  it('still gives an id when storage refuses', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadUserId(refusing, () => 'visit')).toBe('visit');
  });
});
