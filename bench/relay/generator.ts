/**
 * The load generator: a child process of main.ts that runs ONE ladder step against one
 * server and reports a StepResult over IPC, then exits.
 *
 *   connect R rooms × C participants + observers (bounded concurrency, bounded time)
 *   → every participant, once synced, moves its element updateHz times a second and its
 *     cursor awarenessHz times a second, each on its own jittered schedule
 *   → warm-up → measured window → stop sending, drain (bounded) → close everything.
 *
 * Senders and receivers live in this one process, so a send's time is looked up by the
 * receiver in a log shared in memory, keyed by the Yjs client id and clock read off the
 * received bytes (wireIds.ts). A change counts as delivered to a receiver when its clock
 * arrives there; an awareness entry also covers earlier cursor states of the same client
 * (a relay may collapse those, and the latest state is what a participant sees).
 *
 * Kept lean on purpose: it shares the machine's two cores with the server it measures, and
 * reports its own CPU and event-loop lag so a reader can tell when it was the limit.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { dialectByName } from './dialects.ts';
import { LoadClient, type ReceiptSink } from './LoadClient.ts';
import os from 'node:os';
import { CpuMeter, isAlive, readRssMb, readSystemTicks, systemCpuPct } from './procStats.ts';
import { SampleBuffer, summarize } from './stats.ts';
import { roomUrl, type GeneratorMessage, type KindResult, type StepConfig, type StepResult } from './step.ts';

const LAG_RESOLUTION_MS = 2;
/** Share of a period by which each send is moved at random, either way. */
const JITTER = 0.3;
const MAX_LOST_REASONS = 5;

interface RoomState {
  index: number;
  receivers: LoadClient[];
}

/** What one sender sent, in send order (clocks grow), so receivers can walk it. */
interface SendLog {
  room: RoomState;
  /** Position of the sender in its room: the index of its cursors in ReceiverState. */
  slot: number;
  updateClocks: number[];
  updateTimes: number[];
  awarenessClocks: number[];
  awarenessTimes: number[];
}

interface ReceiverState {
  room: RoomState;
  /** Per sender slot: index of the first entry of its log not yet received here. */
  updateCursor: Int32Array;
  awarenessCursor: Int32Array;
}

class KindCounter {
  sent = 0;
  expected = 0;
  delivered = 0;
  readonly samples = new SampleBuffer();

  result(): KindResult {
    return { sent: this.sent, expected: this.expected, delivered: this.delivered, latencyMs: summarize(this.samples) };
  }
}

function send(message: GeneratorMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) {
      process.stdout.write(`${JSON.stringify(message)}\n`);
      resolve();
    } else {
      process.send(message, () => resolve());
    }
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function runStep(config: StepConfig): Promise<StepResult> {
  const dialect = dialectByName(config.dialect);
  const roomCount = Math.ceil(config.clients / config.roomSize);
  if (config.rooms.length < roomCount) throw new Error(`${roomCount} rooms needed, ${config.rooms.length} given`);
  const logs = new Map<number, SendLog>();
  const updates = new KindCounter();
  const awareness = new KindCounter();
  // The measured window, in performance.now() time; sends outside it are not counted.
  let windowStart = Number.POSITIVE_INFINITY;
  let windowEnd = Number.POSITIVE_INFINITY;
  let sending = true;
  let lost = 0;
  const lostReasons: string[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const sink: ReceiptSink = {
    onUpdate(receiver, client, from, to, at) {
      const log = logs.get(client);
      const state = receiver.tag as ReceiverState;
      if (log === undefined || log.room !== state.room) return;
      const clocks = log.updateClocks;
      const times = log.updateTimes;
      let i = state.updateCursor[log.slot] ?? 0;
      while (i < clocks.length && (clocks[i] ?? 0) < from) i++;
      while (i < clocks.length && (clocks[i] ?? 0) < to) {
        const sentAt = times[i] ?? 0;
        if (sentAt >= windowStart && sentAt < windowEnd) {
          updates.delivered++;
          updates.samples.push(at - sentAt);
        }
        i++;
      }
      state.updateCursor[log.slot] = i;
    },
    onAwareness(receiver, client, clock, at) {
      const log = logs.get(client);
      const state = receiver.tag as ReceiverState;
      if (log === undefined || log.room !== state.room) return;
      const clocks = log.awarenessClocks;
      const times = log.awarenessTimes;
      let i = state.awarenessCursor[log.slot] ?? 0;
      while (i < clocks.length && (clocks[i] ?? 0) <= clock) {
        const sentAt = times[i] ?? 0;
        if (sentAt >= windowStart && sentAt < windowEnd) {
          awareness.delivered++;
          awareness.samples.push(at - sentAt);
        }
        i++;
      }
      state.awarenessCursor[log.slot] = i;
    },
  };

  const startSending = (client: LoadClient, log: SendLog): void => {
    const schedule = (periodMs: number, fire: () => void): void => {
      let next = performance.now() + Math.random() * periodMs;
      const tick = (): void => {
        timers.delete(timer);
        if (!sending) return;
        fire();
        next += periodMs;
        const delay = next + (Math.random() * 2 - 1) * JITTER * periodMs - performance.now();
        timer = setTimeout(tick, Math.max(0, delay));
        timers.add(timer);
      };
      let timer = setTimeout(tick, Math.max(0, next - performance.now()));
      timers.add(timer);
    };
    const receiversButSender = (): number => log.room.receivers.length - 1;
    schedule(1000 / config.updateHz, () => {
      const { clock, frame } = client.move();
      const now = performance.now();
      log.updateClocks.push(clock);
      log.updateTimes.push(now);
      if (now >= windowStart && now < windowEnd) {
        updates.sent++;
        updates.expected += receiversButSender();
      }
      client.send(frame);
    });
    schedule(1000 / config.awarenessHz, () => {
      const { clock, frame } = client.cursor();
      const now = performance.now();
      log.awarenessClocks.push(clock);
      log.awarenessTimes.push(now);
      if (now >= windowStart && now < windowEnd) {
        awareness.sent++;
        awareness.expected += receiversButSender();
      }
      client.send(frame);
    });
  };

  // Build every room and client up front; connect them in a bounded queue below.
  const rooms: RoomState[] = [];
  const all: LoadClient[] = [];
  let synced = 0;
  let resolveAllSynced: () => void = () => {};
  const allSynced = new Promise<void>((resolve) => {
    resolveAllSynced = resolve;
  });
  let inFlight = 0;
  let nextToConnect = 0;
  const connectNext = (): void => {
    while (inFlight < config.connectConcurrency && nextToConnect < all.length) {
      inFlight++;
      all[nextToConnect++]?.connect();
    }
  };
  const settleOne = (): void => {
    inFlight--;
    connectNext();
  };

  let participant = 0;
  for (let r = 0; r < roomCount; r++) {
    const room: RoomState = { index: r, receivers: [] };
    rooms.push(room);
    const target = config.rooms[r];
    if (target === undefined) throw new Error(`room ${r} missing`);
    const framing = dialect.framing(target.name);
    const senders = Math.min(config.roomSize, config.clients - participant);
    const members = senders + config.observersPerRoom;
    for (let k = 0; k < members; k++) {
      const isSender = k < senders;
      const client = new LoadClient({
        url: roomUrl(config.dialect, target, isSender ? 'sender' : 'observer'),
        framing,
        role: isSender ? 'sender' : 'observer',
        index: isSender ? participant++ : -1,
        sink,
        onSynced: (c) => {
          settleOne();
          const log = logs.get(c.clientId);
          if (log !== undefined) startSending(c, log);
          if (++synced === all.length) resolveAllSynced();
        },
        onLost: (c, reason) => {
          if (!c.synced) settleOne();
          lost++;
          if (lostReasons.length < MAX_LOST_REASONS) lostReasons.push(reason);
        },
      });
      client.tag = {
        room,
        updateCursor: new Int32Array(members),
        awarenessCursor: new Int32Array(members),
      } satisfies ReceiverState;
      if (isSender) {
        logs.set(client.clientId, {
          room,
          slot: k,
          updateClocks: [],
          updateTimes: [],
          awarenessClocks: [],
          awarenessTimes: [],
        });
      }
      room.receivers.push(client);
      all.push(client);
    }
  }

  const base = {
    contestant: config.contestant,
    clients: config.clients,
    rooms: roomCount,
    connections: all.length,
  };
  const serverGone = (): boolean => !isAlive(config.serverPid);

  await send({ type: 'phase', phase: `connecting ${all.length}` });
  const connectStart = performance.now();
  connectNext();
  const connectTimedOut = await Promise.race([
    allSynced.then(() => false),
    sleep(config.connectTimeoutMs).then(() => true),
  ]);
  const connectMs = performance.now() - connectStart;

  const finish = async (partial: Partial<StepResult>): Promise<StepResult> => {
    sending = false;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    for (const client of all) client.close();
    // Bounded wait for the closing handshakes, then cut whatever is left.
    const closeDeadline = performance.now() + 5000;
    while (all.some((c) => !c.isClosed) && performance.now() < closeDeadline) await sleep(50);
    for (const client of all) if (!client.isClosed) client.terminate();
    return {
      ...base,
      ok: false,
      failure: null,
      connectMs,
      measuredMs: 0,
      updates: updates.result(),
      awareness: awareness.result(),
      serverCpuPct: null,
      serverRssMb: null,
      generatorCpuPct: 0,
      otherCpuPct: null,
      generatorLagP99Ms: 0,
      lostConnections: lost,
      lostReasons,
      ...partial,
    };
  };

  if (connectTimedOut) {
    return finish({ failure: `connect timeout: ${synced}/${all.length} synced after ${Math.round(connectMs)} ms` });
  }
  if (serverGone()) return finish({ failure: 'server exited while connecting' });

  await send({ type: 'phase', phase: 'warm-up' });
  await sleep(config.warmupMs);

  await send({ type: 'phase', phase: 'measuring' });
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  const serverCpu = new CpuMeter(config.serverPid);
  const ownCpuStart = process.cpuUsage();
  const systemStart = readSystemTicks();
  let rssMax = readRssMb(config.serverPid) ?? 0;
  windowStart = performance.now();
  lag.enable();
  // Sample RSS once a second; the window itself is one bounded sleep per second.
  const seconds = Math.ceil(config.measureMs / 1000);
  for (let s = 0; s < seconds; s++) {
    await sleep(Math.min(1000, config.measureMs - s * 1000));
    rssMax = Math.max(rssMax, readRssMb(config.serverPid) ?? 0);
  }
  windowEnd = performance.now();
  lag.disable();
  const serverCpuPct = serverCpu.percent();
  const ownCpu = process.cpuUsage(ownCpuStart);
  const machinePct = systemCpuPct(systemStart, readSystemTicks(), os.cpus().length);
  const measuredMs = windowEnd - windowStart;
  const generatorCpuPct = ((ownCpu.user + ownCpu.system) / 1000 / measuredMs) * 100;
  const generatorLagP99Ms = Math.max(0, lag.percentile(99) / 1e6 - LAG_RESOLUTION_MS);
  sending = false;
  const otherCpuPct = serverCpuPct === null ? null : Math.max(0, machinePct - serverCpuPct - generatorCpuPct);

  await send({ type: 'phase', phase: 'draining' });
  const drainDeadline = performance.now() + config.drainMs;
  while (
    performance.now() < drainDeadline &&
    (updates.delivered < updates.expected || awareness.delivered < awareness.expected)
  ) {
    await sleep(20);
  }

  if (serverCpuPct === null || serverGone()) {
    return finish({ failure: 'server exited during the step', measuredMs });
  }
  return finish({
    ok: true,
    measuredMs,
    serverCpuPct,
    serverRssMb: rssMax,
    generatorCpuPct,
    otherCpuPct,
    generatorLagP99Ms,
  });
}

const raw = process.argv[2];
if (raw === undefined) {
  process.stderr.write('usage: generator.ts <StepConfig as JSON>\n');
  process.exit(2);
}
const result = await runStep(JSON.parse(raw) as StepConfig);
await send({ type: 'result', result });
process.exit(0);
