/**
 * `npm run bench:render`: the built app in headless Chromium (software rendering) on boards
 * of 500, 2,000 and 5,000 generated elements. For each: time from navigation to the board
 * drawn, frame times while panning and while dragging an actor with 10 attached cards, and
 * the JS heap. The server runs in this process on a fresh data folder; boards are written
 * straight into its store. Prints a table and the targets of issue 3; writes
 * bench/results/render-latest.json. Not part of `npm test`.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createWorkshop } from '../../server/src/http/workshopCreation.ts';
import { defaultConfig, SqliteStore, startServer } from '../../server/src/index.ts';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { repoRoot } from '../relay/contestants.ts';
import { profileText } from '../relay/cpuProfile.ts';
import { writeBoard, type BoardFixture } from './boardFixture.ts';
import { clientBuild } from './clientBuild.ts';
import { measureBoard, SCREEN, type BoardFigures } from './measureBoard.ts';
import { figuresTable, targetResults, targetsText } from './report.ts';

const USAGE = `npm run bench:render -- [options]
  --sizes 500,2000,5000   elements per board
  --steps 120             input events per gesture (each of two pans and two drags)
  --quick                 sizes 500,5000 and 30 steps: a smoke run
  --client-dist DIR       use this client build instead of building the working tree
  --cpu-prof DIR          write the page's CPU profiles (opening, each gesture) into DIR, print their top
  --out FILE              JSON results (default bench/results/render-latest.json)`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    steps: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'client-dist': { type: 'string' },
    'cpu-prof': { type: 'string' },
    out: { type: 'string', default: path.join(repoRoot, 'bench', 'results', 'render-latest.json') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = (values.sizes ?? (values.quick ? '500,5000' : '500,2000,5000')).split(',').map(Number);
const steps = Number(values.steps ?? (values.quick ? 30 : 120));
if (sizes.some((size) => !Number.isInteger(size) || size < 100) || !Number.isInteger(steps) || steps < 2) {
  console.error(`--sizes takes whole numbers ≥ 100, --steps a whole number ≥ 2\n${USAGE}`);
  process.exit(2);
}

const log = (line: string): void => console.log(line);
const started = new Date();
log(`bench:render on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), load average ${os.loadavg()[0]!.toFixed(2)}, node ${process.version}`);
log(`headless Chromium, software rendering, ${SCREEN.width}×${SCREEN.height}; ${steps} input events per gesture`);
const client = clientBuild(repoRoot, values['client-dist'] ?? null, log);
const profileDir = values['cpu-prof'] === undefined ? null : path.resolve(values['cpu-prof']);
if (profileDir !== null) mkdirSync(profileDir, { recursive: true });
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samkarta-bench-render-'));
try {
  const store = new SqliteStore(dataDir);
  const workshop = await createWorkshop(store, {
    title: 'bench:render',
    groupNames: sizes.map((size) => `${size} elements`),
    template: 'empty',
    questions: [],
  });
  const boards: { room: string; fixture: BoardFixture }[] = [];
  for (const [i, size] of sizes.entries()) {
    const room = workshop.groups[i]!.room;
    boards.push({ room, fixture: await writeBoard(store, room, size) });
  }
  // The server closes the store it is given.
  const server = await startServer(
    { ...defaultConfig, host: '127.0.0.1', port: 0, dataDir, clientDist: client.dir, logLevel: 'silent' },
    { store },
  );
  const browser = await launchChromium();
  const rows: BoardFigures[] = [];
  try {
    for (const { room, fixture } of boards) {
      log(`  ${fixture.elements} elements …`);
      const link = `${server.url}/b/${room}#t=${encodeURIComponent(workshop.participantToken)}`;
      rows.push(await measureBoard(browser, link, fixture, store, room, steps, profileDir));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const targets = targetResults(rows);
  log(`\nfirst paint: navigation → board drawn, wall ms (main-thread CPU ms)`);
  log(`frames: main-thread work of each frame that handled input, wall ms p50 / p95 (mean CPU ms)`);
  log(figuresTable(rows));
  if (profileDir !== null) {
    for (const file of readdirSync(profileDir).filter((name) => name.startsWith('render-')).sort()) {
      log(`\n${file}\n${profileText(path.join(profileDir, file), 12)}`);
    }
  }
  log(`\ntargets (issue 3, software rendering)\n${targetsText(targets)}`);
  log(`load average after: ${os.loadavg()[0]!.toFixed(2)} (a busy machine inflates every figure)`);
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(
    values.out,
    `${JSON.stringify(
      {
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version, loadAverage: os.loadavg() },
        options: { sizes, steps, screen: SCREEN },
        rows,
        targets,
      },
      (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
      2,
    )}\n`,
  );
  log(`\nresults: ${path.relative(process.cwd(), values.out)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  client.dispose();
}
