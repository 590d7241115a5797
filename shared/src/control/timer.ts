/**
 * `timer`: the countdown every board shows. A running timer stores when it ends (epoch ms on
 * the facilitator's clock), so it needs no ticks in the document; a paused one stores what was
 * left. No timer: the key is absent.
 */
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';
import { z } from 'zod';
import { getControlMap, readControlValue } from './controlMap.js';

/** The wall offers 1 to this many minutes. */
export const MAX_TIMER_MINUTES = 180;

const timerSchema = z.discriminatedUnion('state', [
  z.object({ id: z.string().min(1), state: z.literal('running'), durationMs: z.number().positive(), endsAt: z.number() }),
  z.object({
    id: z.string().min(1),
    state: z.literal('paused'),
    durationMs: z.number().positive(),
    remainingMs: z.number().nonnegative(),
  }),
]);

export type Timer = z.infer<typeof timerSchema>;

export function readTimer(doc: Y.Doc): Timer | null {
  return readControlValue(doc, 'timer', timerSchema);
}

export function timerRemainingMs(timer: Timer, now: number): number {
  return timer.state === 'paused' ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

/** A running timer whose time is up (a paused one never ends). */
export function timerEnded(timer: Timer, now: number): boolean {
  return timer.state === 'running' && now >= timer.endsAt;
}

/** mm:ss, counting a started second as a whole one, so "00:00" means the time is up. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

function writeTimer(doc: Y.Doc, timer: Timer | null, origin: unknown): void {
  doc.transact(() => {
    if (timer === null) getControlMap(doc).delete('timer');
    else getControlMap(doc).set('timer', timer);
  }, origin);
}

/** A new countdown of `durationMs` from now (it replaces any timer). */
export function startTimer(doc: Y.Doc, durationMs: number, now: number, origin?: unknown): void {
  writeTimer(doc, { id: nanoid(12), state: 'running', durationMs, endsAt: now + durationMs }, origin);
}

export function pauseTimer(doc: Y.Doc, now: number, origin?: unknown): void {
  const timer = readTimer(doc);
  if (timer?.state !== 'running') return;
  const { id, durationMs } = timer;
  writeTimer(doc, { id, state: 'paused', durationMs, remainingMs: timerRemainingMs(timer, now) }, origin);
}

export function resumeTimer(doc: Y.Doc, now: number, origin?: unknown): void {
  const timer = readTimer(doc);
  if (timer?.state !== 'paused') return;
  const { id, durationMs } = timer;
  writeTimer(doc, { id, state: 'running', durationMs, endsAt: now + timer.remainingMs }, origin);
}

export function stopTimer(doc: Y.Doc, origin?: unknown): void {
  writeTimer(doc, null, origin);
}
