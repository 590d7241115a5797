/**
 * The bench's settings: defaults for the full run, --quick for a smoke run, and command-line
 * flags (or BENCH_* environment variables) to change either. Parsed once in main.ts.
 */
import { parseArgs } from 'node:util';
import { contestantNames, type ContestantName } from './contestants.ts';

export interface BenchOptions {
  quick: boolean;
  ladder: number[];
  contestants: ContestantName[];
  roomSize: number;
  observersPerRoom: number;
  updateHz: number;
  awarenessHz: number;
  warmupMs: number;
  measureMs: number;
  drainMs: number;
  /** Stop a contestant's ladder after a step that was clearly past saturation. */
  earlyStop: boolean;
  /** Run only the dialect checks. */
  checkOnly: boolean;
  /** Write a V8 CPU profile of each Samkarta server process into this folder. */
  cpuProfDir: string | null;
  /** Skip `tsc -b server` (when server/dist is already current). */
  build: boolean;
  out: string;
  /** Print the tables of an earlier results file instead of running. */
  report: string | null;
}

/** The full ladder; 240 is there for the latency target at 240 clients. */
export const DEFAULT_LADDER = [50, 100, 200, 240, 400, 800, 1600];
export const QUICK_LADDER = [50, 100];

export const USAGE = `npm run bench:relay -- [options]
  --quick                 ladder ${QUICK_LADDER.join(',')}, short steps (smoke check)
  --ladder 50,100,…       total participants per step (env BENCH_LADDER); default ${DEFAULT_LADDER.join(',')}
  --contestants a,b       any of ${contestantNames.join(', ')} (env BENCH_CONTESTANTS)
  --room-size 8           participants per room; each room also has one observer
  --warmup 5 --measure 10 --drain 2   seconds per step phase
  --no-early-stop         keep climbing after a step far past saturation
  --check-only            only check the dialects against the stock client libraries
  --cpu-prof DIR          write a V8 CPU profile of each Samkarta server into DIR
  --no-build              do not run tsc -b server first
  --out FILE              JSON results (default bench/results/relay-latest.json)
  --report FILE           print the tables of an earlier results file, run nothing`;

function numberList(raw: string, name: string): number[] {
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v <= 0)) {
    throw new Error(`${name} must be a comma-separated list of positive whole numbers, got ${JSON.stringify(raw)}`);
  }
  return values;
}

function positive(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv, defaultOut: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      ladder: { type: 'string' },
      contestants: { type: 'string' },
      'room-size': { type: 'string' },
      warmup: { type: 'string' },
      measure: { type: 'string' },
      drain: { type: 'string' },
      'no-early-stop': { type: 'boolean', default: false },
      'check-only': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick;
  const ladderRaw = values.ladder ?? env.BENCH_LADDER;
  const contestantsRaw = values.contestants ?? env.BENCH_CONTESTANTS;
  const contestants = (contestantsRaw?.split(',').map((c) => c.trim()) ?? [...contestantNames]).map((name) => {
    const known = contestantNames.find((c) => c === name);
    if (known === undefined) throw new Error(`unknown contestant ${JSON.stringify(name)}; known: ${contestantNames.join(', ')}`);
    return known;
  });
  return {
    quick,
    ladder: ladderRaw === undefined ? (quick ? QUICK_LADDER : DEFAULT_LADDER) : numberList(ladderRaw, '--ladder'),
    contestants,
    roomSize: positive(values['room-size'], '--room-size', 8),
    observersPerRoom: 1,
    updateHz: 10,
    awarenessHz: 10,
    warmupMs: positive(values.warmup, '--warmup', quick ? 2 : 5) * 1000,
    measureMs: positive(values.measure, '--measure', quick ? 4 : 10) * 1000,
    drainMs: positive(values.drain, '--drain', quick ? 1 : 2) * 1000,
    earlyStop: !values['no-early-stop'],
    checkOnly: values['check-only'],
    cpuProfDir: values['cpu-prof'] ?? null,
    build: !values['no-build'],
    out: values.out ?? defaultOut,
    report: values.report ?? null,
  };
}
