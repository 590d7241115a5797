/**
 * The board's JSON file: every element in the clipboard's format, with the board's title,
 * and the way back in. An import always makes new elements with new ids (like a paste), so
 * importing twice, or into the board it came from, never collides with what is there. Into
 * an empty board the elements keep their places, so a new board reproduces the exported one;
 * into a board with content they land to the right of it, the group's layout kept, where
 * they overlap nothing. The imported elements become the selection and fill the view.
 */
import { duplicateElements, readBoardMeta } from '@samkarta/shared';
import { encodeClipboard, readElementsText, type UnreadableReason } from '../board/clipboard';
import { elementsBounds } from '../board/geometry';
import { boundsOfIds } from '../board/visibility';
import { zoomToFit } from './camera';
import type { Editor } from './Editor';

/** Board units between the content already on a board and an import placed beside it. */
export const IMPORT_GAP = 120;

export type ImportResult = { ok: true; count: number; skipped: number } | { ok: false; reason: UnreadableReason };

export function boardJson(editor: Editor): string {
  const elements = editor.store.getOrder().map((id) => editor.store.get(id)!);
  return encodeClipboard(elements, readBoardMeta(editor.doc).title);
}

export function importBoardJson(editor: Editor, text: string): ImportResult {
  const read = readElementsText(text);
  if (!read.ok) return read;
  const existing = boundsOfIds(editor.store, editor.store.getOrder());
  const imported = elementsBounds(read.elements);
  const offset =
    existing && imported
      ? { dx: Math.round(existing.x + existing.w + IMPORT_GAP - imported.x), dy: Math.round(existing.y - imported.y) }
      : { dx: 0, dy: 0 };
  const copies = duplicateElements(editor.doc, read.elements, offset, editor.writeContext());
  editor.select(copies.values());
  zoomToFit(editor);
  // A connector or attachment whose other end was skipped is dropped with it.
  return { ok: true, count: copies.size, skipped: read.skipped + read.elements.length - copies.size };
}
