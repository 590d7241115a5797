import { createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { applyWheel, resetZoom, zoomBy, zoomToFit } from './camera';
import { createTestEditor } from './testing';
import { screenToBoard } from './viewport';

function editorOnScreen() {
  const editor = createTestEditor();
  editor.screen.set({ width: 1000, height: 800 });
  return editor;
}

describe('camera', () => {
  it('a plain wheel pans; Ctrl+wheel zooms keeping the point under the pointer', () => {
    const editor = editorOnScreen();
    applyWheel(editor, { x: 30, y: 120 }, { x: 200, y: 200 }, false);
    expect(editor.viewport.get()).toEqual({ x: -30, y: -120, scale: 1 });

    const anchor = { x: 200, y: 300 };
    const before = screenToBoard(editor.viewport.get(), anchor);
    applyWheel(editor, { x: 0, y: -100 }, anchor, true);
    const v = editor.viewport.get();
    // A mouse notch (100 px) is one gentle step, not a jump to 270 %.
    expect(v.scale).toBeCloseTo(Math.exp(0.1));
    expect(screenToBoard(v, anchor).x).toBeCloseTo(before.x);
    expect(screenToBoard(v, anchor).y).toBeCloseTo(before.y);
  });

  it('zoom to fit frames the selection, or the whole board; Shift+0 is 100 % around the centre', () => {
    const editor = editorOnScreen();
    const a = createElement(editor.doc, { kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'region', label: 'A' });
    createElement(editor.doc, { kind: 'actor', x: 3000, y: 2000, w: 200, h: 80, category: 'region', label: 'B' });
    zoomToFit(editor);
    const whole = editor.viewport.get();
    expect(whole.scale).toBeLessThan(0.4);
    editor.select([a]);
    zoomToFit(editor);
    expect(editor.viewport.get()).toEqual({ scale: 1, x: 400, y: 360 });

    zoomBy(editor, 2);
    expect(editor.viewport.get().scale).toBe(2);
    const centre = screenToBoard(editor.viewport.get(), { x: 500, y: 400 });
    resetZoom(editor);
    expect(editor.viewport.get().scale).toBe(1);
    expect(screenToBoard(editor.viewport.get(), { x: 500, y: 400 })).toEqual(centre);
  });
});
