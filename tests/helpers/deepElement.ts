/**
 * The element that blanked boards: one entry of `elements` holding Y.Maps nested 20,000 deep
 * (about 300 KB). Every recursive reader (toJSON) overflows its stack on it.
 */
import * as Y from 'yjs';
import { getElementsMap } from '@samkarta/shared';

export const DEEP_LEVELS = 20_000;

/** Adds the deep element to doc as one update (one transaction: Yjs builds it in linear time). */
export function addDeepElement(doc: Y.Doc, id = 'deep'): void {
  doc.transact(() => {
    let parent = new Y.Map<unknown>();
    getElementsMap(doc).set(id, parent);
    parent.set('kind', 'note');
    for (let i = 0; i < DEEP_LEVELS; i++) {
      const child = new Y.Map<unknown>();
      parent.set('child', child);
      parent = child;
    }
  });
}
