/**
 * `npm run bench:workshop`: one workshop at the scale of a real one — 18 groups, 300 elements
 * on every board, 8 participants a group moving things and cursors — on one Samkarta server,
 * with the facilitator's wall open in headless Chromium. Prints how long the wall takes to
 * open (every group's live miniature drawn with its counts), how long an edit takes to show on
 * the wall when the room is quiet and while everyone works, and the server's CPU and memory.
 * Writes bench/results/workshop-latest.json. Not part of `npm test`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createElements, getElementsMap, messageAccess, messageSaved, type NewElement } from '../../shared/src/index.ts';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { contestants, repoRoot } from '../relay/contestants.ts';
import { connectTimeoutMs, runGenerator } from '../relay/runGenerator.ts';
import { SampleBuffer, summarize } from '../relay/stats.ts';
import type { StepConfig } from '../relay/step.ts';
import { seedBoard } from './seedBoard.ts';

const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '18' },
    elements: { type: 'string', default: '300' },
    participants: { type: 'string', default: '8' },
    'measure-s': { type: 'string', default: '20' },
    probes: { type: 'string', default: '15' },
  },
});
const GROUPS = Number(values.groups);
const ELEMENTS = Number(values.elements);
const PARTICIPANTS = Number(values.participants);
const MEASURE_MS = Number(values['measure-s']) * 1000;
const PROBES = Number(values.probes);
const PROBE_INTERVAL_MS = 1_000;
const WAIT_LIMIT_MS = 60_000;

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Workshop {
  id: string;
  facilitatorToken: string;
  participantToken: string;
  groups: { room: string; name: string }[];
  links: { facilitator: string };
}

interface Board {
  room: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
}

function openBoard(wsBase: string, room: string, token: string): Promise<Board> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  // Samkarta's own messages (saved, access) mean nothing to this script; without a handler
  // the stock provider logs each one.
  for (const type of [messageSaved, messageAccess]) provider.messageHandlers[type] = () => undefined;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`board ${room} did not sync`)), WAIT_LIMIT_MS);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve({ room, doc, provider });
    });
  });
}

async function until(what: string, check: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function close(board: Board): void {
  board.provider.destroy();
  board.doc.destroy();
}

/** Records, in the page, when each group's actor count changes on the wall. */
async function watchWall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { room: string; count: number; at: number }[] = [];
    (window as unknown as { wallLog: typeof seen }).wallLog = seen;
    new MutationObserver((records) => {
      const at = Date.now();
      for (const record of records) {
        const node = record.target as Element;
        if (node.getAttribute('data-testid') !== 'wall-count-actor') continue;
        const room = node.closest('[data-room]')?.getAttribute('data-room');
        if (room) seen.push({ room, count: Number(node.getAttribute('data-count')), at });
      }
    }).observe(document.body, { attributes: true, attributeFilter: ['data-count'], subtree: true });
  });
}

/**
 * Adds one actor to a group board every PROBE_INTERVAL_MS (groups in turn) and returns, per
 * probe, the time until the wall showed the new count; stops early when `stop` says so.
 */
async function probeWall(
  page: Page,
  probes: Board[],
  actorsPerBoard: Map<string, number>,
  count: number,
  stop = () => false,
): Promise<SampleBuffer> {
  const sent: { room: string; count: number; at: number }[] = [];
  for (let i = 0; i < count && !stop(); i++) {
    const board = probes[i % probes.length]!;
    const actors = (actorsPerBoard.get(board.room) ?? 0) + 1;
    actorsPerBoard.set(board.room, actors);
    const probe: NewElement = { kind: 'actor', x: -400, y: i * 100, w: 200, h: 80, category: 'region', label: `Probe ${i}` };
    sent.push({ room: board.room, count: actors, at: Date.now() });
    createElements(board.doc, [probe]);
    await sleep(PROBE_INTERVAL_MS);
  }
  await sleep(2_000);
  const seen = await page.evaluate(() => (window as unknown as { wallLog: { room: string; count: number; at: number }[] }).wallLog);
  const lags = new SampleBuffer();
  for (const probe of sent) {
    const shown = seen.find((entry) => entry.room === probe.room && entry.count >= probe.count && entry.at >= probe.at);
    if (shown) lags.push(shown.at - probe.at);
  }
  if (lags.count < sent.length) log(`  ! ${sent.length - lags.count} of ${sent.length} probes never showed on the wall`);
  return lags;
}

async function main(): Promise<void> {
  // The server serves CLIENT_DIST when set, as in production.
  const clientDist = process.env['CLIENT_DIST'] ?? path.join(repoRoot, 'client', 'dist');
  if (!existsSync(path.join(clientDist, 'index.html'))) {
    throw new Error(`no client build in ${clientDist}: run \`npm run build\` first (npm run bench:workshop does)`);
  }
  log(`Workshop: ${GROUPS} groups × ${ELEMENTS} elements × ${PARTICIPANTS} participants, wall in headless Chromium`);
  const server = await contestants.samkarta.start();
  const base = `http://127.0.0.1:${server.port}`;
  const wsBase = `ws://127.0.0.1:${server.port}/yjs`;
  const browser = await launchChromium();
  const boards: Board[] = [];
  try {
    const response = await fetch(`${base}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bench workshop', groups: GROUPS }),
    });
    if (response.status !== 201) throw new Error(`POST /api/workshops answered ${response.status}`);
    const workshop = (await response.json()) as Workshop;

    const seedStarted = performance.now();
    for (const group of workshop.groups) {
      const board = await openBoard(wsBase, group.room, workshop.facilitatorToken);
      seedBoard(board.doc, ELEMENTS);
      boards.push(board);
    }
    // A fresh load of each board proves the server holds all of it before the wall opens.
    for (const group of workshop.groups) {
      const check = await openBoard(wsBase, group.room, workshop.participantToken);
      await until(`board ${group.name} seeded`, () => getElementsMap(check.doc).size >= ELEMENTS);
      close(check);
    }
    const actorsPerBoard = new Map(boards.map((board) => [board.room, countActors(board.doc)]));
    log(`  seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const opened = performance.now();
    await page.goto(`${base}${workshop.links.facilitator}`);
    await page.waitForFunction(
      ({ groups, actors }) => {
        const counts = document.querySelectorAll('[data-testid="wall-count-actor"]');
        return counts.length === groups && [...counts].every((node) => Number(node.getAttribute('data-count')) >= actors);
      },
      { groups: GROUPS, actors: Math.min(...actorsPerBoard.values()) },
      { timeout: WAIT_LIMIT_MS, polling: 100 },
    );
    const wallOpenMs = performance.now() - opened;
    log(`  wall open (all ${GROUPS} miniatures with their counts): ${wallOpenMs.toFixed(0)} ms`);
    await watchWall(page);

    const quietLags = await probeWall(page, boards, actorsPerBoard, Math.min(PROBES, 10));
    const quiet = summarize(quietLags);
    log(`  wall lag, quiet: p50 ${quiet.p50.toFixed(0)} ms, p95 ${quiet.p95.toFixed(0)} ms, max ${quiet.max.toFixed(0)} ms`);

    const rooms = workshop.groups.map((group) => ({
      name: group.room,
      serverUrl: wsBase,
      senderToken: workshop.participantToken,
      observerToken: workshop.facilitatorToken,
    }));
    const clients = GROUPS * PARTICIPANTS;
    const config: StepConfig = {
      contestant: 'samkarta',
      dialect: 'y-websocket',
      rooms,
      clients,
      roomSize: PARTICIPANTS,
      observersPerRoom: 0,
      updateHz: 10,
      awarenessHz: 10,
      warmupMs: 5_000,
      measureMs: MEASURE_MS,
      drainMs: 2_000,
      connectTimeoutMs: connectTimeoutMs(clients),
      connectConcurrency: 32,
      serverPid: server.pid,
    };
    let loadDone = false;
    const load = runGenerator(config, 'workshop load').finally(() => (loadDone = true));
    // Probes start once the participants are connected and warmed up (bounded by the load's end).
    await sleep(Math.min(config.connectTimeoutMs, 8_000));
    const busyLags = await probeWall(page, boards, actorsPerBoard, PROBES, () => loadDone);
    const result = await load;
    const busy = summarize(busyLags);
    log(`  wall lag, ${clients} participants working: p50 ${busy.p50.toFixed(0)} ms, p95 ${busy.p95.toFixed(0)} ms, max ${busy.max.toFixed(0)} ms`);
    if (typeof result === 'string') {
      log(`  load failed: ${result}`);
    } else {
      const pct = (kind: { delivered: number; expected: number }) => ((100 * kind.delivered) / Math.max(1, kind.expected)).toFixed(2);
      log(
        `  server during the workshop: CPU ${result.serverCpuPct?.toFixed(0)} % of a core, RSS ${result.serverRssMb?.toFixed(0)} MB; ` +
          `participants' updates p50/p99 ${result.updates.latencyMs.p50.toFixed(1)}/${result.updates.latencyMs.p99.toFixed(1)} ms, ` +
          `${pct(result.updates)} % delivered; generator ${result.generatorCpuPct.toFixed(0)} %, other ${result.otherCpuPct?.toFixed(0)} %`,
      );
    }
    const out = path.join(repoRoot, 'bench', 'results', 'workshop-latest.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(
      out,
      JSON.stringify({ groups: GROUPS, elements: ELEMENTS, participants: PARTICIPANTS, wallOpenMs, quiet, busy, load: result }, null, 2),
    );
    log(`  written to ${path.relative(repoRoot, out)}`);
  } finally {
    boards.forEach(close);
    await browser.close();
    await server.stop();
  }
}

function countActors(doc: Y.Doc): number {
  let actors = 0;
  getElementsMap(doc).forEach((element) => {
    if (element.get('kind') === 'actor') actors++;
  });
  return actors;
}

await main();
