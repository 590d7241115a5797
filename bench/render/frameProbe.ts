/**
 * Frame times measured inside the page. Chromium hands rAF-aligned input (pointer moves,
 * wheel) to the page at the start of a frame, then runs the frame callbacks (Konva draws its
 * layers in one), then paints; a task posted from a frame callback runs after that. So the
 * time from a frame's rAF timestamp to that task is the main-thread work the frame cost:
 * input handling, React, Konva's drawing and the paint. Only frames that received input count
 * (an idle frame says nothing about rendering); intervals between frames are kept too.
 *
 * Plain JavaScript in a string: it runs in the page, where the bench's TypeScript helpers
 * (and what tsx adds to functions) do not exist.
 */
import type { Page } from 'playwright-core';
import { percentile } from '../relay/stats.ts';

const PROBE = 'samkartaFrameProbe';

export const frameProbeScript = `
window.${PROBE} = (() => {
  let recording = null;
  let input = false;
  let last = 0;
  for (const type of ['pointermove', 'pointerdown', 'wheel']) {
    addEventListener(type, () => { input = true; }, { capture: true, passive: true });
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => {
    if (recording && event.data.input) recording.work.push(performance.now() - event.data.at);
  };
  const frame = (at) => {
    if (!recording) return;
    if (last > 0) recording.intervals.push(at - last);
    last = at;
    channel.port2.postMessage({ at, input });
    input = false;
    requestAnimationFrame(frame);
  };
  return {
    start() { recording = { work: [], intervals: [] }; last = 0; input = false; requestAnimationFrame(frame); },
    stop() { const result = recording; recording = null; return result; },
  };
})();`;

export interface FrameTimes {
  /** Frames that handled input. */
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Between consecutive frames, input or not. */
  intervalP95: number;
}

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(`window.${PROBE}.start()`);
}

export async function stopFrames(page: Page): Promise<FrameTimes> {
  // One more frame, so the last input's frame has reported its work.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  const { work, intervals } = (await page.evaluate(`window.${PROBE}.stop()`)) as { work: number[]; intervals: number[] };
  const sorted = Float64Array.from(work).sort();
  return {
    frames: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    intervalP95: percentile(Float64Array.from(intervals).sort(), 95),
  };
}
