/**
 * Camera commands shared by the zoom menu, the shortcuts and the wheel: they read the size of
 * the board on screen from the editor and change its viewport.
 */
import { boundsOfIds } from '../board/visibility';
import type { Editor } from './Editor';
import { fitRect, panBy, zoomAt } from './viewport';

/** One step of the zoom buttons and shortcuts. */
export const ZOOM_STEP = 1.25;

function screenCentre(editor: Editor) {
  const { width, height } = editor.screen.get();
  return { x: width / 2, y: height / 2 };
}

export function zoomBy(editor: Editor, factor: number): void {
  editor.viewport.update((v) => zoomAt(v, screenCentre(editor), factor));
}

/** Shift+0: 100 %, around the centre of the view. */
export function resetZoom(editor: Editor): void {
  editor.viewport.update((v) => zoomAt(v, screenCentre(editor), 1 / v.scale));
}

/** Shift+1: the selection, or the whole board when nothing is selected, fills the view. */
export function zoomToFit(editor: Editor): void {
  const selection = editor.selection.get();
  const bounds = boundsOfIds(editor.store, selection.size > 0 ? selection : editor.store.getOrder());
  if (bounds) editor.viewport.set(fitRect(bounds, editor.screen.get()));
}

/** Largest wheel delta (pixels) one zoom event counts: a mouse notch is ~100, a pinch step a few. */
const MAX_ZOOM_DELTA = 10;

/**
 * The wheel as in tldraw and Figma: Ctrl/Cmd+wheel (and a trackpad pinch, which browsers send
 * as Ctrl+wheel) zooms towards the pointer; a plain wheel or two-finger swipe pans.
 * `delta` is in pixels.
 */
export function applyWheel(editor: Editor, delta: { x: number; y: number }, anchor: { x: number; y: number }, zoom: boolean): void {
  if (zoom) {
    const step = Math.max(-MAX_ZOOM_DELTA, Math.min(MAX_ZOOM_DELTA, delta.y));
    editor.viewport.update((v) => zoomAt(v, anchor, Math.exp(-step * 0.01)));
  }
  else editor.viewport.update((v) => panBy(v, -delta.x, -delta.y));
}
