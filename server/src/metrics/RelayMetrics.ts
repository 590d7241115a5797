/**
 * What the relay counts, on a prom-client Registry the server owns (no global registry, so
 * several servers in one process keep apart). Message and byte counts are plain fields bumped
 * on the hot path and read when scraped: prom-client's inc() allocates a label object per call.
 */
import { Counter, Gauge, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';
import { CloseCode } from '@samkarta/shared';

export interface RelaySizes {
  connections(): number;
  rooms(): number;
}

const CLOSE_CODE_NAMES = new Map<number, string>(Object.entries(CloseCode).map(([name, code]) => [code, name]));

/** A counter whose value lives in a plain field; at scrape time it catches up with read(). */
function mirroredCounter(registry: Registry, name: string, help: string, read: () => number): Counter {
  let exported = 0;
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const now = read();
      if (now > exported) this.inc(now - exported);
      exported = now;
    },
  });
}

export class RelayMetrics {
  messagesIn = 0;
  bytesIn = 0;
  messagesOut = 0;
  bytesOut = 0;
  private readonly refusals: Counter<'code' | 'reason'>;
  private readonly journalWrites: Histogram;
  private readonly compactions: Counter;

  constructor(registry: Registry, sizes: RelaySizes) {
    new Gauge({
      name: 'samkarta_connections',
      help: 'Open websocket connections.',
      registers: [registry],
      collect() {
        this.set(sizes.connections());
      },
    });
    new Gauge({
      name: 'samkarta_rooms_in_memory',
      help: 'Boards loaded in memory.',
      registers: [registry],
      collect() {
        this.set(sizes.rooms());
      },
    });
    mirroredCounter(registry, 'samkarta_messages_in_total', 'Websocket messages received.', () => this.messagesIn);
    mirroredCounter(registry, 'samkarta_bytes_in_total', 'Websocket payload bytes received.', () => this.bytesIn);
    mirroredCounter(registry, 'samkarta_messages_out_total', 'Websocket messages sent (one per peer).', () => this.messagesOut);
    mirroredCounter(registry, 'samkarta_bytes_out_total', 'Websocket payload bytes sent.', () => this.bytesOut);
    this.refusals = new Counter({
      name: 'samkarta_refusals_total',
      help: 'Connections the server closed for a fault or a limit, by close code.',
      labelNames: ['code', 'reason'],
      registers: [registry],
    });
    this.journalWrites = new Histogram({
      name: 'samkarta_journal_write_seconds',
      help: 'Time to write one group-commit batch of the update journal.',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    });
    this.compactions = new Counter({
      name: 'samkarta_compactions_total',
      help: 'Journals folded into a snapshot.',
      registers: [registry],
    });
  }

  refused(code: number): void {
    this.refusals.inc({ code: String(code), reason: CLOSE_CODE_NAMES.get(code) ?? 'other' });
  }

  journalWritten(seconds: number): void {
    this.journalWrites.observe(seconds);
  }

  compacted(): void {
    this.compactions.inc();
  }
}
