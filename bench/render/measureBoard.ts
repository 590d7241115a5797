/**
 * One board in headless Chromium: open it, wait for the app's own "board drawn" mark, read the
 * JS heap; then, in the view the app opens at (the whole board) and again at 100 %, pan with
 * the wheel and drag the actor with 10 attached cards. Input is real (Playwright's mouse,
 * through CDP); frame times come from the page (frameProbe.ts). Each drag is checked in the
 * store: the actor and its cards must have moved together, or the figures measured nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import * as Y from 'yjs';
import { BOARD_DRAWN_MARK } from '../../client/src/canvas/drawnMark.ts';
import type { Store } from '../../server/src/store/Store.ts';
import { getElementsMap } from '../../shared/src/index.ts';
import type { BoardFixture } from './boardFixture.ts';
import { frameProbeScript, startFrames, stopFrames, type FrameTimes } from './frameProbe.ts';

export const SCREEN = { width: 1280, height: 800 } as const;
/** Screen pixels per wheel event while panning. */
const PAN_STEP = { x: 24, y: 12 } as const;
/**
 * Where a drag drops, from where it pressed: close enough that the middle of the screen is
 * still on the actor for the next drag, even after zooming in around it.
 */
const DROP_OFFSET = { x: 3, y: 2 } as const;
const DRAG_RADIUS = 120;
const OPEN_TIMEOUT_MS = 120_000;

/** Frame times plus the page's main-thread CPU time per frame that handled input. */
export interface GestureFigures extends FrameTimes {
  cpuPerFrameMs: number;
}

export interface BoardFigures {
  elements: number;
  firstPaintMs: number;
  /** Main-thread CPU time of the page from navigation to the board drawn. */
  firstPaintCpuMs: number;
  heapMiB: number;
  panWhole: GestureFigures;
  dragWhole: GestureFigures;
  pan100: GestureFigures;
  drag100: GestureFigures;
}

const centre = { x: SCREEN.width / 2, y: SCREEN.height / 2 };

/** `steps` wheel events, the first half one way and the second back, so the view ends where it began. */
async function pan(page: Page, steps: number): Promise<FrameTimes> {
  await page.mouse.move(centre.x, centre.y);
  await startFrames(page);
  for (let i = 0; i < steps; i++) {
    const sign = i < steps / 2 ? 1 : -1;
    await page.mouse.wheel(sign * PAN_STEP.x, sign * PAN_STEP.y);
  }
  return stopFrames(page);
}

/** Presses on the middle of the screen (the dragged actor), circles, and drops at an offset. */
async function drag(page: Page, steps: number): Promise<FrameTimes> {
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= steps; i++) {
    const angle = (2 * Math.PI * i) / steps;
    await page.mouse.move(centre.x + DRAG_RADIUS * Math.sin(angle), centre.y + DRAG_RADIUS * (1 - Math.cos(angle)));
  }
  await page.mouse.move(centre.x + DROP_OFFSET.x, centre.y + DROP_OFFSET.y);
  const times = await stopFrames(page);
  await page.mouse.up();
  return times;
}

function positions(doc: Y.Doc, ids: readonly string[]): { x: number; y: number }[] {
  const elements = getElementsMap(doc);
  return ids.map((id) => ({ x: elements.get(id)?.get('x') as number, y: elements.get(id)?.get('y') as number }));
}

async function storedPositions(store: Store, room: string, ids: readonly string[]): Promise<{ x: number; y: number }[]> {
  const { snapshot, updates } = await store.loadRoom(room);
  const doc = new Y.Doc();
  try {
    if (snapshot !== null) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
    return positions(doc, ids);
  } finally {
    doc.destroy();
  }
}

/**
 * Waits (bounded) until the drop is stored: the actor and its cards moved by one shift in the
 * direction of the drop offset (its size in board units depends on the zoom).
 */
async function checkDrop(store: Store, room: string, ids: readonly string[], before: readonly { x: number; y: number }[]): Promise<void> {
  const dropped = (after: readonly { x: number; y: number }[]): boolean => {
    const dx = after[0]!.x - before[0]!.x;
    const dy = after[0]!.y - before[0]!.y;
    return dx > 0 && Math.abs(dx / dy - DROP_OFFSET.x / DROP_OFFSET.y) < 0.05 &&
      after.every((p, i) => Math.abs(p.x - before[i]!.x - dx) < 1e-6 && Math.abs(p.y - before[i]!.y - dy) < 1e-6);
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (dropped(await storedPositions(store, room, ids))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the drag did not move the actor and its 10 cards together: the pointer missed the actor, so the drag figures are void');
}

/**
 * CPU time of the page's main thread (seconds → ms), from Chromium's own counter: unlike the
 * frame times it hardly grows when other processes compete for the cores.
 */
async function threadTimeMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
  if (value === undefined) throw new Error('Chromium reported no ThreadTime metric');
  return value * 1000;
}

/** Runs a gesture, adding its CPU per frame; with a profile folder, writes its CPU profile there. */
async function measureGesture(
  cdp: CDPSession,
  profile: string | null,
  run: () => Promise<FrameTimes>,
): Promise<GestureFigures> {
  if (profile !== null) await cdp.send('Profiler.start');
  const before = await threadTimeMs(cdp);
  const times = await run();
  const cpuMs = (await threadTimeMs(cdp)) - before;
  if (profile !== null) writeFileSync(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  return { ...times, cpuPerFrameMs: cpuMs / Math.max(1, times.frames) };
}

export async function measureBoard(
  browser: Browser,
  link: string,
  fixture: BoardFixture,
  store: Store,
  room: string,
  steps: number,
  profileDir: string | null,
): Promise<BoardFigures> {
  const context = await browser.newContext({ viewport: SCREEN });
  try {
    await context.addInitScript({ content: frameProbeScript });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const profile = (gesture: string) => (profileDir === null ? null : path.join(profileDir, `render-${fixture.elements}-${gesture}.cpuprofile`));
    const openProfile = profile('open');
    if (openProfile !== null) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await page.goto(link);
    const mark = JSON.stringify(BOARD_DRAWN_MARK);
    await page.waitForFunction(`performance.getEntriesByName(${mark}).length > 0`, undefined, { timeout: OPEN_TIMEOUT_MS });
    const firstPaintMs = (await page.evaluate(`performance.getEntriesByName(${mark})[0].startTime`)) as number;

    const firstPaintCpuMs = await threadTimeMs(cdp);
    if (openProfile !== null) writeFileSync(openProfile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');

    const moving = [fixture.draggedActor, ...fixture.draggedCards];
    const checkedDrag = async (gesture: string): Promise<GestureFigures> => {
      const before = await storedPositions(store, room, moving);
      const times = await measureGesture(cdp, profile(gesture), () => drag(page, steps));
      await checkDrop(store, room, moving, before);
      return times;
    };
    // The page's first key or pointer press creates an AudioContext (for the facilitator's
    // timer chime); that one-off cost belongs to no gesture, so a Shift press pays it here.
    await page.keyboard.press('Shift');
    const panWhole = await measureGesture(cdp, profile('pan-whole'), () => pan(page, steps));
    const dragWhole = await checkedDrag('drag-whole');
    // Shift+0: 100 % around the middle of the screen, where the dragged actor is.
    await page.keyboard.press('Shift+Digit0');
    const pan100 = await measureGesture(cdp, profile('pan-100'), () => pan(page, steps));
    const drag100 = await checkedDrag('drag-100');
    return { elements: fixture.elements, firstPaintMs, firstPaintCpuMs, heapMiB: usedSize / 2 ** 20, panWhole, dragWhole, pan100, drag100 };
  } finally {
    await context.close();
  }
}
