/**
 * A stable id for this browser, kept in localStorage, saying whose votes are whose. Unlike
 * the name it cannot be changed, so renaming oneself keeps one's votes. It is no proof of who
 * someone is: guests have no account, and the vote budget is kept by counting, not by trust.
 */
import { isVoterId, newElementId } from '@samkarta/shared';

export const USER_ID_KEY = 'samkarta.userId';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function loadUserId(storage: KeyValueStorage, make: () => string = newElementId): string {
  try {
    const stored = storage.getItem(USER_ID_KEY);
    if (stored !== null && isVoterId(stored)) return stored;
    const id = make();
    storage.setItem(USER_ID_KEY, id);
    return id;
  } catch {
    // Private mode or a full quota: one id for this visit only.
    return make();
  }
}
