/**
 * Driving the board page in Chromium: open a new board from the start page, place an element
 * and type its text, read what is drawn on the canvas, read the document through the
 * list view (kept in the page, visually hidden, while it is closed).
 */
import type { Config } from '@samkarta/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { builtClientDir, type TestServer } from './server.js';
import { useTestServer } from './testServer.js';

export async function newPage(browser: Browser, width = 1280, height = 800): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height } })).newPage();
}

/** Creates a board from the start page and returns its link. */
export async function createBoardLink(page: Page, baseUrl: string, title: string): Promise<string> {
  await page.goto(baseUrl);
  await page.getByTestId('board-title-input').fill(title);
  await page.getByTestId('create-board').click();
  return page.getByTestId('board-link').inputValue();
}

export async function openBoard(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('connection-status').waitFor();
  for (let i = 0; i < 100; i++) {
    if ((await page.getByTestId('connection-status').getAttribute('data-state')) === 'connected') return;
    await page.waitForTimeout(100);
  }
  throw new Error('The board did not connect within 10 s');
}

/** A new board opened in a new page; the page's uncaught errors are collected in `errors`. */
export async function pageOnNewBoard(stage: PageStage, title: string): Promise<{ page: Page; link: string; errors: string[] }> {
  const page = await newPage(stage.browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const link = await createBoardLink(page, stage.server.url, title);
  await openBoard(page, link);
  return { page, link, errors };
}

/** With a placing tool active: click at (x, y) on the board, type `text`, press Escape. */
export async function placeAt(page: Page, x: number, y: number, text: string): Promise<void> {
  await page.getByTestId('board-surface').click({ position: { x, y } });
  const editor = page.getByTestId('text-editor');
  await editor.waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
}

/** A mouse drag over the board in steps, from and to points relative to the board's top-left. */
export async function dragOnBoard(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const box = (await page.getByTestId('board-surface').boundingBox())!;
  await page.mouse.move(box.x + from[0], box.y + from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 8 });
  await page.mouse.up();
}

/** The outline's entries of one kind, as text ("Hinder: Stuprör"). */
export async function outlineTexts(page: Page, kind: string): Promise<string[]> {
  return page.getByTestId('board-outline').locator(`li[data-kind="${kind}"]`).allTextContents();
}

/**
 * Counts canvas pixels close to a colour, across every canvas of the page, or only in the
 * canvas of the board's Konva layer number `layer` (0 at the back).
 */
export async function countPixels(page: Page, hex: string, layer?: number): Promise<number> {
  return page.evaluate(([color, index]) => {
    const target = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    let count = 0;
    const all = Array.from(document.querySelectorAll('canvas'));
    const canvases = index === null ? all : [document.querySelectorAll('.konvajs-content canvas')[index]].filter((c) => c instanceof HTMLCanvasElement);
    for (const canvas of canvases) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 250) continue;
        if (Math.abs(data[i]! - target[0]!) + Math.abs(data[i + 1]! - target[1]!) + Math.abs(data[i + 2]! - target[2]!) < 12) count++;
      }
    }
    return count;
  }, [hex, layer ?? null] as const);
}

export interface PageStage {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * For a describe block of page tests: a real server serving the built client from a fresh
 * data folder, and Chromium, started before the tests and stopped after them.
 */
export function usePageStage(overrides: Partial<Config> = {}): PageStage {
  const fixture = useTestServer({ clientDist: builtClientDir, ...overrides });
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get server() {
      return fixture.server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll');
      return browser;
    },
  };
}
