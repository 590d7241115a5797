/**
 * Our elements format: JSON with a marker, a format version and the document's schema
 * version. It travels as clipboard text (so a copy moves between boards, tabs and browsers
 * through any clipboard, and anything else pasted is plain text) and as the board's JSON
 * export file, which imports back the same way. Elements are parsed with the board schema,
 * as if read from a document: each record is migrated from its own `v`, and a hand-edited,
 * broken or newer element is skipped rather than put on the board.
 */
import { SCHEMA_VERSION, currentVersion, parseElement, type BoardElement } from '@samkarta/shared';

export const CLIPBOARD_TYPE = 'samkarta/elements';
export const CLIPBOARD_VERSION = 1;

export type Pasted =
  | { kind: 'elements'; elements: BoardElement[] }
  | { kind: 'lines'; lines: string[] };

/** Why a text holds no elements we can put on a board. */
export type UnreadableReason = 'notElements' | 'newerVersion' | 'noElements';

export type ElementsRead =
  | { ok: true; elements: BoardElement[]; skipped: number }
  | { ok: false; reason: UnreadableReason };

/** The elements in our format; a file export also carries the board's title. */
export function encodeClipboard(elements: readonly BoardElement[], title?: string): string {
  return JSON.stringify({
    type: CLIPBOARD_TYPE,
    version: CLIPBOARD_VERSION,
    schemaVersion: SCHEMA_VERSION,
    ...(title === undefined ? {} : { title }),
    elements: elements.map((element) => ({ ...element, v: currentVersion(element.kind) })),
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The elements of a text in our format; a reason when it is not ours, newer, or holds none. */
export function readElementsText(text: string): ElementsRead {
  const data = parseJson(text);
  if (!isObject(data) || data['type'] !== CLIPBOARD_TYPE || !Array.isArray(data['elements'])) {
    return { ok: false, reason: 'notElements' };
  }
  const version = data['version'];
  const schemaVersion = data['schemaVersion'];
  // A missing schemaVersion is a copy made before it was written, at schema 1.
  if ((typeof version === 'number' && version > CLIPBOARD_VERSION) || (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION)) {
    return { ok: false, reason: 'newerVersion' };
  }
  const records: unknown[] = data['elements'];
  const elements = records
    .map((record) => (isObject(record) && typeof record['id'] === 'string' ? parseElement(record['id'], record) : null))
    .filter((element): element is BoardElement => element !== null);
  if (elements.length === 0) return { ok: false, reason: 'noElements' };
  return { ok: true, elements, skipped: records.length - elements.length };
}

/** Elements from our format, else the non-empty lines of the text; null when there is nothing. */
export function decodeClipboard(text: string): Pasted | null {
  const read = readElementsText(text);
  if (read.ok) return { kind: 'elements', elements: read.elements };
  if (read.reason !== 'notElements') return null;
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 ? { kind: 'lines', lines } : null;
}
