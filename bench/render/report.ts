/** The table of figures per board size, and the issue's targets as PASS/MISS. */
import type { BoardFigures, GestureFigures } from './measureBoard.ts';

/** Issue 3, "Fast at scale": at 5,000 elements under software rendering. */
export const TARGETS = { elements: 5000, firstPaintMs: 1000, dragP95Ms: 16 } as const;

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');
const gesture = (times: GestureFigures): string => `${ms(times.p50)} / ${ms(times.p95)} (${ms(times.cpuPerFrameMs)})`;

export function figuresTable(rows: readonly BoardFigures[]): string {
  const header = ['elements', 'first paint', 'pan, whole board', 'drag, whole board', 'pan, 100 %', 'drag, 100 %', 'JS heap MiB'];
  const lines = rows.map((row) => [
    String(row.elements),
    `${ms(row.firstPaintMs)} (${ms(row.firstPaintCpuMs)})`,
    gesture(row.panWhole),
    gesture(row.dragWhole),
    gesture(row.pan100),
    gesture(row.drag100),
    row.heapMiB.toFixed(1),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  return [header, ...lines].map((cells) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ')).join('\n');
}

export interface TargetResult {
  target: string;
  measured: number | null;
  pass: boolean | null;
}

export function targetResults(rows: readonly BoardFigures[]): TargetResult[] {
  const row = rows.find((candidate) => candidate.elements === TARGETS.elements);
  const check = (target: string, measured: number | undefined, limit: number): TargetResult =>
    measured === undefined ? { target, measured: null, pass: null } : { target, measured, pass: measured <= limit };
  return [
    check(`first paint ≤ ${TARGETS.firstPaintMs} ms at ${TARGETS.elements} elements`, row?.firstPaintMs, TARGETS.firstPaintMs),
    // The whole board in view is the harder case: every element is drawn.
    check(`drag p95 ≤ ${TARGETS.dragP95Ms} ms at ${TARGETS.elements} elements (whole board in view)`, row?.dragWhole.p95, TARGETS.dragP95Ms),
  ];
}

export function targetsText(results: readonly TargetResult[]): string {
  return results
    .map(({ target, measured, pass }) =>
      `  ${pass === null ? 'NOT RUN' : pass ? 'PASS' : 'MISS'}  ${target}${measured === null ? ` (add ${TARGETS.elements} to --sizes)` : `: ${ms(measured)} ms`}`,
    )
    .join('\n');
}
