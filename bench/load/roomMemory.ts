/**
 * Memory after opening and closing many rooms: each room is loaded by one connection that
 * leaves at once, the relay unloads it (ROOM_IDLE_MS 0), and the heap is measured after a
 * full garbage collection before and after. Run with --expose-gc.
 */
import { touchRoom } from './openBoard.ts';

export interface MemoryFigures {
  rooms: number;
  baselineHeapMiB: number;
  peakHeapMiB: number;
  afterHeapMiB: number;
  baselineRssMiB: number;
  afterRssMiB: number;
  seconds: number;
}

const MiB = 1024 * 1024;
const CONCURRENCY = 32;

async function collectedHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc');
  // Several rounds with turns in between: ws and timers release their objects a tick later.
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().heapUsed;
}

export async function measureRoomMemory(
  /** One URL per room, token included; the first is the warm-up room. */
  urls: readonly string[],
  inMemory: () => Promise<{ rooms: number; connections: number }>,
): Promise<MemoryFigures> {
  // One warm-up room so code paths and caches are in the baseline, not in the growth.
  await touchRoom(urls[0] as string);
  await waitEmpty(inMemory);
  const baselineHeap = await collectedHeap();
  const baselineRss = process.memoryUsage().rss;
  const started = performance.now();
  let peakHeap = baselineHeap;
  const rooms = urls.length - 1;
  let next = 1;
  const worker = async (): Promise<void> => {
    while (next <= rooms) {
      await touchRoom(urls[next++] as string);
      if (next % 500 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await waitEmpty(inMemory);
  const afterHeap = await collectedHeap();
  return {
    rooms,
    baselineHeapMiB: baselineHeap / MiB,
    peakHeapMiB: peakHeap / MiB,
    afterHeapMiB: afterHeap / MiB,
    baselineRssMiB: baselineRss / MiB,
    afterRssMiB: process.memoryUsage().rss / MiB,
    seconds: (performance.now() - started) / 1000,
  };
}

async function waitEmpty(inMemory: () => Promise<{ rooms: number; connections: number }>): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const now = await inMemory();
    if (now.rooms === 0 && now.connections === 0) return;
    if (Date.now() > deadline) throw new Error(`rooms still in memory after 120 s: ${JSON.stringify(now)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
