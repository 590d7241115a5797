/**
 * `doc.getMap('control')`: the one top-level map of a workshop control document. Each key
 * holds one plain JSON value replaced as a whole (docs/schema.md); only the facilitator
 * writes it, so last-writer-wins is all the merging it needs.
 */
import * as Y from 'yjs';
import type { z } from 'zod';

export const CONTROL_MAP = 'control';

/**
 * Version of the control document's layout. Readers ignore fields they do not know, so adding
 * one keeps the version; changing what a field means bumps it.
 */
export const CONTROL_SCHEMA_VERSION = 1;

export function getControlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CONTROL_MAP);
}

/** A value of the map checked against its schema; anything else (missing, garbage) is null. */
export function readControlValue<T>(doc: Y.Doc, key: string, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(getControlMap(doc).get(key));
  return parsed.success ? parsed.data : null;
}
