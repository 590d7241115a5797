/**
 * A camera move the eye can follow: from the current view to a target in a short ease, the
 * centre and the zoom together (the zoom on a log scale, so zooming in and out feel alike).
 * Any camera change not made here (a pan, a wheel zoom) ends the flight where it is: the
 * person has taken the camera back.
 */
import type { Editor } from './Editor';
import { viewCentre, viewportCentredOn, type Viewport } from './viewport';

export interface FlightOptions {
  durationMs?: number;
  /** Where frames come from; tests step them by hand. */
  requestFrame?: (callback: (time: number) => void) => number;
  cancelFrame?: (handle: number) => void;
  now?: () => number;
}

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** Starts the flight; the returned function stops it. */
export function flyTo(
  editor: Editor,
  target: Viewport,
  {
    durationMs = 700,
    requestFrame = (callback) => requestAnimationFrame(callback),
    cancelFrame = (handle) => cancelAnimationFrame(handle),
    now = () => performance.now(),
  }: FlightOptions = {},
): () => void {
  const screen = editor.screen.get();
  const from = editor.viewport.get();
  const start = { centre: viewCentre(from, screen), logScale: Math.log(from.scale) };
  const end = { centre: viewCentre(target, screen), logScale: Math.log(target.scale) };
  const startedAt = now();
  let applied: Viewport = from;
  let handle: number | null = null;

  const step = (): void => {
    handle = null;
    if (editor.viewport.get() !== applied) return;
    const t = durationMs <= 0 ? 1 : Math.min(1, (now() - startedAt) / durationMs);
    const e = easeInOut(t);
    const centre = {
      x: start.centre.x + (end.centre.x - start.centre.x) * e,
      y: start.centre.y + (end.centre.y - start.centre.y) * e,
    };
    applied = t === 1 ? target : viewportCentredOn(centre, Math.exp(start.logScale + (end.logScale - start.logScale) * e), screen);
    editor.viewport.set(applied);
    if (t < 1) handle = requestFrame(step);
  };
  step();
  return () => {
    if (handle !== null) cancelFrame(handle);
    handle = null;
  };
}
