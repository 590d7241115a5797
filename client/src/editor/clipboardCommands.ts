/**
 * Copy, cut and paste on the board, given and giving clipboard text (the DOM clipboard events
 * and the Clipboard API are the callers' business). A paste lands centred on the pointer, or
 * on the middle of the view, and becomes the selection; plain text becomes one note per line.
 */
import { cardSize, createElements, duplicateElements, type NewElement } from '@samkarta/shared';
import { decodeClipboard, encodeClipboard } from '../board/clipboard';
import { center, elementRect, unionRect, type Point, type Rect } from '../board/geometry';
import type { Editor } from './Editor';
import { screenToBoard } from './viewport';

/** Notes per row when plain text is pasted, and the gap between them. */
const NOTE_COLUMNS = 5;
const NOTE_GAP = 24;

/** The clipboard text for the selection, or null when nothing is selected. */
export function copySelection(editor: Editor): string | null {
  const elements = editor.selectedWithCards();
  return elements.length > 0 ? encodeClipboard(elements) : null;
}

export function cutSelection(editor: Editor): string | null {
  const text = copySelection(editor);
  if (text !== null) editor.deleteSelection();
  return text;
}

function pasteTarget(editor: Editor): Point {
  if (editor.pointer) return editor.pointer;
  const { width, height } = editor.screen.get();
  return screenToBoard(editor.viewport.get(), { x: width / 2, y: height / 2 });
}

/** Pastes clipboard text; returns false when there was nothing to paste. */
export function paste(editor: Editor, text: string): boolean {
  const pasted = decodeClipboard(text);
  if (!pasted) return false;
  const target = pasteTarget(editor);
  if (pasted.kind === 'elements') {
    const rects = pasted.elements.map(elementRect).filter((r): r is Rect => r !== null);
    const from = center(unionRect(rects) ?? { x: 0, y: 0, w: 0, h: 0 });
    const offset = { dx: Math.round(target.x - from.x), dy: Math.round(target.y - from.y) };
    const copies = duplicateElements(editor.doc, pasted.elements, offset, editor.writeContext());
    editor.select(copies.values());
    return true;
  }
  const columns = Math.min(NOTE_COLUMNS, pasted.lines.length);
  const rows = Math.ceil(pasted.lines.length / columns);
  const left = target.x - (columns * (cardSize.w + NOTE_GAP) - NOTE_GAP) / 2;
  const top = target.y - (rows * (cardSize.h + NOTE_GAP) - NOTE_GAP) / 2;
  const notes = pasted.lines.map((line, i): NewElement => ({
    kind: 'note',
    x: Math.round(left + (i % columns) * (cardSize.w + NOTE_GAP)),
    y: Math.round(top + Math.floor(i / columns) * (cardSize.h + NOTE_GAP)),
    ...cardSize,
    text: line,
  }));
  editor.select(createElements(editor.doc, notes, editor.writeContext()));
  return true;
}
