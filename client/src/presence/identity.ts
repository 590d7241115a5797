/** Who this browser is on a board: a name and a colour, kept in localStorage across visits. */
import { MAX_NAME_LENGTH } from '@samkarta/shared';
import { guestColor, guestName, presenceColors } from './guestName';

export interface Identity {
  name: string;
  color: string;
}

export const IDENTITY_KEY = 'samkarta.identity';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function normalizeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** The stored identity, or a new guest one (which is stored, so it stays the same next time). */
export function loadIdentity(storage: KeyValueStorage, random: () => number = Math.random): Identity {
  const stored = parseIdentity(safeGet(storage));
  if (stored) return stored;
  const identity = { name: guestName(random), color: guestColor(random) };
  saveIdentity(storage, identity);
  return identity;
}

export function saveIdentity(storage: KeyValueStorage, identity: Identity): void {
  try {
    storage.setItem(IDENTITY_KEY, JSON.stringify(identity));
  } catch {
    // Private mode or a full quota: the name then lasts for this visit only.
  }
}

function safeGet(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(IDENTITY_KEY);
  } catch {
    return null;
  }
}

function parseIdentity(raw: string | null): Identity | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { name, color } = value as Record<string, unknown>;
    if (typeof name !== 'string' || normalizeName(name) === '') return null;
    if (typeof color !== 'string' || !(presenceColors as readonly string[]).includes(color)) return null;
    return { name: normalizeName(name), color };
  } catch {
    return null;
  }
}
