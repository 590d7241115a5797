/**
 * Restoring a saved state of a board as a new change. The board is brought back field by field
 * (elements added since are deleted, deleted ones written again under their ids, changed fields
 * set back, text diffed), so everyone connected merges it like any edit and an undo manager
 * that tracks the origin undoes it in one step. Going through the fields, rather than
 * replacing the maps, keeps what did not change untouched for concurrent editors.
 */
import * as Y from 'yjs';
import { getElementsMap } from './elements.js';
import { getMetaMap } from './meta.js';
import { replaceText } from './write.js';

/** A plain value or a Y.Text, as element fields and meta hold them. */
function copyValue(value: unknown): unknown {
  if (value instanceof Y.Text) return new Y.Text(value.toString());
  // Deeper shared types are refused by the relay; a plain JSON copy keeps their content.
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Makes `target` hold the fields of `source`, writing only the ones that differ; true when it wrote. */
function restoreFields(target: Y.Map<unknown>, source: Y.Map<unknown>): boolean {
  let wrote = false;
  for (const key of [...target.keys()]) {
    if (!source.has(key)) {
      target.delete(key);
      wrote = true;
    }
  }
  source.forEach((value, key) => {
    const current = target.get(key);
    if (value instanceof Y.Text) {
      if (current instanceof Y.Text) {
        if (current.toString() === value.toString()) return;
        replaceText(current, value.toString());
      } else {
        target.set(key, copyValue(value));
      }
      wrote = true;
      return;
    }
    const plain = copyValue(value);
    if (current instanceof Y.AbstractType || !sameValue(current, plain)) {
      target.set(key, plain);
      wrote = true;
    }
  });
  return wrote;
}

function copyMap(source: Y.Map<unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  source.forEach((value, key) => map.set(key, copyValue(value)));
  return map;
}

/** What restoring would change: counts for the caller to report. */
export interface RestoreSummary {
  added: number;
  removed: number;
  changed: number;
}

/**
 * Brings `doc`'s elements and meta back to those of `saved` (a doc holding the saved state),
 * in one transaction with `origin`.
 */
export function restoreBoard(doc: Y.Doc, saved: Y.Doc, origin?: unknown): RestoreSummary {
  const elements = getElementsMap(doc);
  const savedElements = getElementsMap(saved);
  const summary: RestoreSummary = { added: 0, removed: 0, changed: 0 };
  doc.transact(() => {
    for (const id of [...elements.keys()]) {
      if (!savedElements.has(id)) {
        elements.delete(id);
        summary.removed++;
      }
    }
    savedElements.forEach((source, id) => {
      if (!(source instanceof Y.Map)) return;
      const target = elements.get(id);
      if (!(target instanceof Y.Map)) {
        elements.set(id, copyMap(source));
        summary.added++;
        return;
      }
      if (restoreFields(target, source)) summary.changed++;
    });
    restoreFields(getMetaMap(doc), getMetaMap(saved));
  }, origin);
  return summary;
}
