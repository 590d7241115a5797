/**
 * Turns step results into what a reader needs: one table per contestant, each contestant's
 * capacity, the ratios to Samkarta and the targets (printed PASS/MISS; they never fail the
 * process: a bench on a shared 2-core machine informs, it does not gate).
 */
import type { ContestantName } from './contestants.ts';
import type { StepResult } from './step.ts';

/** A step counts toward capacity when both kinds meet these. */
export const CAPACITY_P99_MS = 50;
export const CAPACITY_DELIVERED_PCT = 99.9;
/** Above these the generator, not the server, may have set the figures. */
const GENERATOR_CPU_LIMIT_PCT = 90;
const GENERATOR_LAG_LIMIT_MS = 20;
const SERVER_CPU_LIMIT_PCT = 90;
/** Other processes above this during a window make that step's figures suspect. */
const OTHER_CPU_LIMIT_PCT = 20;

export interface ContestantRun {
  name: ContestantName;
  description: string;
  check: { library: string; passed: string[]; ms: number } | null;
  /** Why the contestant produced no (or no more) figures. */
  failure: string | null;
  steps: StepResult[];
  /** Ladder steps not run because the ladder stopped early. */
  skipped: number[];
}

export interface Capacity {
  clients: number;
  /** The largest step run passed too, so the true capacity may be higher. */
  atLeast: boolean;
}

export function deliveredPct(kind: { expected: number; delivered: number }): number {
  return kind.expected === 0 ? Number.NaN : (kind.delivered / kind.expected) * 100;
}

export function stepPasses(step: StepResult): boolean {
  return (
    step.ok &&
    [step.updates, step.awareness].every(
      (kind) => kind.latencyMs.p99 <= CAPACITY_P99_MS && deliveredPct(kind) >= CAPACITY_DELIVERED_PCT,
    )
  );
}

export function capacityOf(run: ContestantRun): Capacity | null {
  const passing = run.steps.filter(stepPasses).map((s) => s.clients);
  if (passing.length === 0) return null;
  const best = Math.max(...passing);
  const largestRun = Math.max(...run.steps.map((s) => s.clients));
  return { clients: best, atLeast: best === largestRun && run.skipped.length === 0 };
}

export function cpuPerClient(step: StepResult | undefined): number | null {
  if (step === undefined || !step.ok || step.serverCpuPct === null) return null;
  return step.serverCpuPct / step.clients;
}

const f = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
}

/** What set the figures of a step, as far as CPU and lag tell. */
function limitOf(step: StepResult): string {
  const marks: string[] = [];
  if (step.serverCpuPct !== null && step.serverCpuPct >= SERVER_CPU_LIMIT_PCT) marks.push('srv');
  if (step.generatorCpuPct >= GENERATOR_CPU_LIMIT_PCT || step.generatorLagP99Ms >= GENERATOR_LAG_LIMIT_MS) {
    marks.push('gen');
  }
  if (step.otherCpuPct !== null && step.otherCpuPct >= OTHER_CPU_LIMIT_PCT) marks.push('other');
  return marks.join('+') || '-';
}

export function stepTable(run: ContestantRun): string {
  const header = [
    'clients', 'conns', 'upd deliv%', 'awr deliv%', 'upd p50/p95/p99 ms', 'awr p50/p95/p99 ms',
    'srv CPU%', 'srv RSS MB', 'CPU%/client', 'gen CPU%', 'gen lag p99', 'other%', 'limit', 'pass',
  ];
  const rows = run.steps.map((s) => {
    if (!s.ok) {
      return [String(s.clients), String(s.connections), `FAILED: ${s.failure ?? 'unknown'}`];
    }
    const lat = (k: StepResult['updates']): string =>
      `${f(k.latencyMs.p50, 2)}/${f(k.latencyMs.p95, 2)}/${f(k.latencyMs.p99, 2)}`;
    return [
      String(s.clients),
      String(s.connections),
      f(deliveredPct(s.updates), 3),
      f(deliveredPct(s.awareness), 3),
      lat(s.updates),
      lat(s.awareness),
      f(s.serverCpuPct, 0),
      f(s.serverRssMb, 0),
      f(cpuPerClient(s), 3),
      f(s.generatorCpuPct, 0),
      f(s.generatorLagP99Ms, 1),
      f(s.otherCpuPct, 0),
      limitOf(s),
      stepPasses(s) ? 'yes' : 'no',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => r.length > 3).map((r) => (r[i] ?? '').length)));
  const lines = [pad(header, widths)];
  for (const row of rows) {
    lines.push(row.length > 3 ? pad(row, widths) : `${row[0]?.padStart(widths[0] ?? 0)}  ${row[1]?.padStart(widths[1] ?? 0)}  ${row[2]}`);
  }
  for (const s of run.steps) {
    if (s.lostConnections > 0) {
      lines.push(`  ${s.clients} clients: ${s.lostConnections} connection(s) lost, e.g. ${s.lostReasons.join('; ')}`);
    }
  }
  if (run.skipped.length > 0) lines.push(`  not run (ladder stopped: failed or far past saturation): ${run.skipped.join(', ')}`);
  return lines.join('\n');
}

export const TABLE_LEGEND = [
  'upd = element moves (Yjs updates), awr = cursors (awareness); latency = send → receipt at every other',
  `client of the room, observers included. srv CPU% per core (200 = both cores), over the measured window;`,
  `CPU%/client = srv CPU% / clients. limit: srv = server ≥ ${SERVER_CPU_LIMIT_PCT}% CPU, gen = generator ≥ ${GENERATOR_CPU_LIMIT_PCT}% CPU`,
  `or lag p99 ≥ ${GENERATOR_LAG_LIMIT_MS} ms, other = processes outside the bench ≥ ${OTHER_CPU_LIMIT_PCT}% CPU (figures suspect).`,
  `pass = both kinds p99 ≤ ${CAPACITY_P99_MS} ms and ≥ ${CAPACITY_DELIVERED_PCT}% delivered.`,
].join('\n');

export interface TargetCheck {
  target: string;
  status: 'PASS' | 'MISS' | 'N/A';
  detail: string;
}

export interface Summary {
  capacities: Record<string, Capacity | null>;
  ratios: { contestant: string; capacityRatio: number | null; cpuPerClientRatio: Record<string, number | null> }[];
  targets: TargetCheck[];
}

const COMMON_STEPS = [100, 200];
const LATENCY_STEP = 240;

function stepAt(run: ContestantRun | undefined, clients: number): StepResult | undefined {
  return run?.steps.find((s) => s.clients === clients);
}

function capacityText(capacity: Capacity | null | undefined): string {
  if (capacity === undefined) return 'not run';
  if (capacity === null) return 'none (no step passed)';
  return `${capacity.atLeast ? '≥ ' : ''}${capacity.clients}`;
}

export function summarize(runs: ContestantRun[]): Summary {
  const byName = new Map(runs.map((r) => [r.name, r]));
  const capacities: Record<string, Capacity | null> = {};
  for (const run of runs) capacities[run.name] = capacityOf(run);
  const samkarta = byName.get('samkarta');
  const samCap = capacities.samkarta ?? null;

  const ratios = runs
    .filter((r) => r.name !== 'samkarta')
    .map((run) => {
      const other = capacities[run.name] ?? null;
      const cpuPerClientRatio: Record<string, number | null> = {};
      for (const clients of COMMON_STEPS) {
        const mine = cpuPerClient(stepAt(samkarta, clients));
        const theirs = cpuPerClient(stepAt(run, clients));
        cpuPerClientRatio[String(clients)] = mine === null || theirs === null ? null : mine / theirs;
      }
      return {
        contestant: run.name,
        capacityRatio: samCap === null || other === null ? null : samCap.clients / other.clients,
        cpuPerClientRatio,
      };
    });

  const targets: TargetCheck[] = [];
  const capTarget = (name: ContestantName, factor: number, label: string): void => {
    const theirs = capacities[name];
    if (!byName.has('samkarta') || !byName.has(name)) {
      targets.push({ target: label, status: 'N/A', detail: 'contestant not run' });
      return;
    }
    const mine = samCap?.clients ?? 0;
    const needed = (theirs?.clients ?? 0) * factor;
    const censored = theirs?.atLeast === true ? ` (${name} passed its whole ladder: a lower bound)` : '';
    targets.push({
      target: label,
      status: mine > 0 && mine >= needed ? 'PASS' : 'MISS',
      detail: `samkarta ${capacityText(samCap)} vs ${name} ${capacityText(theirs)}${censored}`,
    });
  };
  capTarget('reference', 3, 'capacity ≥ 3× reference');
  capTarget('hocuspocus', 1, 'capacity ≥ hocuspocus');

  {
    const label = 'server CPU per client at 100 clients ≤ 1/3 of reference';
    const mine = cpuPerClient(stepAt(samkarta, 100));
    const theirs = cpuPerClient(stepAt(byName.get('reference'), 100));
    targets.push(
      mine === null || theirs === null
        ? { target: label, status: 'N/A', detail: 'no 100-client step for both' }
        : {
            target: label,
            status: mine <= theirs / 3 ? 'PASS' : 'MISS',
            detail: `samkarta ${mine.toFixed(3)} vs reference ${theirs.toFixed(3)} %core/client (ratio ${(mine / theirs).toFixed(2)})`,
          },
    );
  }
  {
    const label = `p50 ≤ 2 ms and p99 ≤ 20 ms at ${LATENCY_STEP} clients (updates and awareness)`;
    const step = stepAt(samkarta, LATENCY_STEP);
    if (step === undefined || !step.ok) {
      targets.push({ target: label, status: 'N/A', detail: `no successful ${LATENCY_STEP}-client step` });
    } else {
      const p50 = Math.max(step.updates.latencyMs.p50, step.awareness.latencyMs.p50);
      const p99 = Math.max(step.updates.latencyMs.p99, step.awareness.latencyMs.p99);
      targets.push({
        target: label,
        status: p50 <= 2 && p99 <= 20 ? 'PASS' : 'MISS',
        detail: `upd ${f(step.updates.latencyMs.p50, 2)}/${f(step.updates.latencyMs.p99, 2)} ms, awr ${f(step.awareness.latencyMs.p50, 2)}/${f(step.awareness.latencyMs.p99, 2)} ms (p50/p99)`,
      });
    }
  }
  {
    const label = 'journal costs ≤ 10 % of capacity';
    const noJournal = capacities['samkarta-nojournal'];
    if (!byName.has('samkarta') || !byName.has('samkarta-nojournal')) {
      targets.push({ target: label, status: 'N/A', detail: 'contestant not run' });
    } else {
      const mine = samCap?.clients ?? 0;
      const free = noJournal?.clients ?? 0;
      targets.push({
        target: label,
        status: mine > 0 && mine >= 0.9 * free ? 'PASS' : 'MISS',
        detail: `samkarta ${capacityText(samCap)} vs samkarta-nojournal ${capacityText(noJournal)} (ladder resolution)`,
      });
    }
  }
  return { capacities, ratios, targets };
}

export function summaryText(runs: ContestantRun[], summary: Summary): string {
  const lines: string[] = [];
  lines.push(`Capacity = largest client count with p99 ≤ ${CAPACITY_P99_MS} ms and ≥ ${CAPACITY_DELIVERED_PCT} % delivered (both kinds):`);
  for (const run of runs) {
    lines.push(`  ${run.name.padEnd(20)} ${capacityText(summary.capacities[run.name])}${run.failure ? `   (${run.failure})` : ''}`);
  }
  lines.push('Ratios to samkarta (capacity: samkarta / other; CPU per client: samkarta / other, lower is better):');
  for (const ratio of summary.ratios) {
    const cpu = Object.entries(ratio.cpuPerClientRatio)
      .map(([clients, value]) => `@${clients}: ${f(value, 2)}`)
      .join('  ');
    lines.push(`  vs ${ratio.contestant.padEnd(20)} capacity ×${f(ratio.capacityRatio, 2)}   CPU/client ${cpu}`);
  }
  lines.push('Targets:');
  for (const t of summary.targets) lines.push(`  ${t.status.padEnd(4)}  ${t.target} — ${t.detail}`);
  return lines.join('\n');
}
