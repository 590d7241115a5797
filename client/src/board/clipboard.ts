/**
 * Our clipboard format: JSON in text/plain with a marker, so a copy travels between boards
 * (and tabs, and browsers) through any clipboard, and anything else pasted is plain text.
 * Pasted elements are parsed with the board schema, as if read from a document, so a
 * hand-edited or older clipboard cannot put a broken element on the board.
 */
import { currentVersion, parseElement, type BoardElement } from '@samkarta/shared';

export const CLIPBOARD_TYPE = 'samkarta/elements';
export const CLIPBOARD_VERSION = 1;

export type Pasted =
  | { kind: 'elements'; elements: BoardElement[] }
  | { kind: 'lines'; lines: string[] };

export function encodeClipboard(elements: readonly BoardElement[]): string {
  return JSON.stringify({
    type: CLIPBOARD_TYPE,
    version: CLIPBOARD_VERSION,
    elements: elements.map((element) => ({ ...element, v: currentVersion(element.kind) })),
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Elements from our format, else the non-empty lines of the text; null when there is nothing. */
export function decodeClipboard(text: string): Pasted | null {
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: plain text.
  }
  if (isObject(data) && data['type'] === CLIPBOARD_TYPE && Array.isArray(data['elements'])) {
    const elements = data['elements']
      .filter(isObject)
      .map((record) => (typeof record['id'] === 'string' ? parseElement(record['id'], record) : null))
      .filter((element): element is BoardElement => element !== null);
    return elements.length > 0 ? { kind: 'elements', elements } : null;
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 ? { kind: 'lines', lines } : null;
}
