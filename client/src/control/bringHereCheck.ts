/**
 * Which "bring everyone here" calls a board follows: only those made while it is open. The
 * call already in the document when the board first synced is where the facilitator pointed
 * before this person arrived, and jumping there would yank a fresh page somewhere stale.
 */
import type { BringHere } from '@samkarta/shared';

export interface BringHereCheck {
  /** The id to remember (undefined until the first sync). */
  seen: string | null | undefined;
  /** The call to follow now, if any. */
  follow: BringHere | null;
}

export function checkBringHere(seen: string | null | undefined, synced: boolean, current: BringHere | null): BringHereCheck {
  if (!synced) return { seen, follow: null };
  const id = current?.id ?? null;
  if (seen === undefined || id === seen) return { seen: id, follow: null };
  return { seen: id, follow: current };
}
