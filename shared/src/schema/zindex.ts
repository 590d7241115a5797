/**
 * Drawing order changes: bring elements to the front or send them to the back of the board.
 * Each moved element gets a new fractional-index z key beyond every other element's, in its
 * current relative order, so concurrent reorders by two people still merge into one order.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { compareByZ, getElementsMap } from './elements.js';

function isValidKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** The elements' ids and valid z keys, in drawing order (a script may write broken keys; skipped). */
function ordered(elements: Y.Map<Y.Map<unknown>>): { id: string; z: string }[] {
  const entries: { id: string; z: string }[] = [];
  elements.forEach((map, id) => {
    const z = map instanceof Y.Map ? map.get('z') : undefined;
    if (typeof z === 'string' && z !== '' && isValidKey(z)) entries.push({ id, z });
  });
  return entries.sort(compareByZ);
}

function restack(doc: Y.Doc, ids: Iterable<string>, where: 'front' | 'back', origin?: unknown): void {
  const elements = getElementsMap(doc);
  const moving = new Set([...ids].filter((id) => elements.get(id) instanceof Y.Map));
  if (moving.size === 0) return;
  const all = ordered(elements);
  const others = all.filter((entry) => !moving.has(entry.id));
  const rank = new Map(all.map((entry, i) => [entry.id, i]));
  // Elements without a valid key are drawn first, so they keep coming first.
  const movingIds = [...moving].sort((a, b) => (rank.get(a) ?? -1) - (rank.get(b) ?? -1));
  const keys = where === 'front'
    ? generateNKeysBetween(others.at(-1)?.z ?? null, null, movingIds.length)
    : generateNKeysBetween(null, others[0]?.z ?? null, movingIds.length);
  doc.transact(() => {
    movingIds.forEach((id, i) => elements.get(id)!.set('z', keys[i]!));
  }, origin);
}

export function bringToFront(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  restack(doc, ids, 'front', origin);
}

export function sendToBack(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  restack(doc, ids, 'back', origin);
}
