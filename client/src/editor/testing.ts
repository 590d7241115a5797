/** Test support: an editor over a fresh Y.Doc and pointer events in board coordinates (100 % zoom, no pan). */
import { readElements, type BoardElement } from '@samkarta/shared';
import * as Y from 'yjs';
import type { ToolKeyEvent, ToolPointerEvent } from '../tools/types';
import { Editor } from './Editor';

export const testOrigin = { name: 'test' };

export function createTestEditor(now: () => number = () => 0): Editor {
  return new Editor({ doc: new Y.Doc(), origin: testOrigin, author: () => 'Modig Lo', now });
}

export function at(x: number, y: number, extra: Partial<ToolPointerEvent> = {}): ToolPointerEvent {
  return { point: { x, y }, screen: { x, y }, button: 0, shiftKey: false, ...extra };
}

export function key(name: string): ToolKeyEvent {
  return { key: name, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false };
}

/** A click: press and release at one point. */
export function click(editor: Editor, x: number, y: number): void {
  editor.tools.onPointerDown(at(x, y));
  editor.tools.onPointerUp(at(x, y));
}

/** A drag in a few steps, like a real pointer. */
export function drag(editor: Editor, from: [number, number], to: [number, number], release = true): void {
  editor.tools.onPointerDown(at(...from));
  for (let i = 1; i <= 4; i++) {
    editor.tools.onPointerMove(at(from[0] + ((to[0] - from[0]) * i) / 4, from[1] + ((to[1] - from[1]) * i) / 4));
  }
  if (release) editor.tools.onPointerUp(at(...to));
}

export function elements(editor: Editor): BoardElement[] {
  return readElements(editor.doc);
}
