/**
 * Group commit for the update journal, and the one queue every store write goes through.
 *
 * Appends from all rooms made during one event-loop turn are written in one transaction
 * (scheduled with setImmediate); once it commits, onCommitted runs for the batch in append
 * order, which is when the relay forwards those updates. Store writes (batches, snapshots)
 * run one at a time in the order they were asked for, so at most one flush is in flight,
 * per-room order holds, and a snapshot never races a journal write.
 */
import type { Logger } from 'pino';
import type { JournalAppend, Store } from '../store/Store.js';

export interface JournalHooks<E extends JournalAppend> {
  /** The batch is durable; seqs[i] is the journal seq of batch[i]. */
  onCommitted(batch: readonly E[], seqs: readonly number[]): void;
  /** The batch was not written; none of it is durable. */
  onFailed(batch: readonly E[], error: unknown): void;
  /** How long the batch's store write took, committed or not (for the latency histogram). */
  onWritten(seconds: number): void;
}

export class JournalWriter<E extends JournalAppend> {
  private pending: E[] = [];
  private scheduled: NodeJS.Immediate | null = null;
  private flushQueued: Promise<void> | null = null;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly hooks: JournalHooks<E>,
    private readonly logger: Logger,
  ) {}

  append(entry: E): void {
    this.pending.push(entry);
    // A flush already queued behind the one in flight takes this entry too.
    if (this.scheduled === null && this.flushQueued === null) {
      this.scheduled = setImmediate(() => {
        this.scheduled = null;
        void this.flush();
      });
    }
  }

  /**
   * Runs task after every append made so far is committed and no other store write is in
   * flight; later appends wait for it.
   */
  serialize<T>(task: () => Promise<T>): Promise<T> {
    void this.flush();
    return this.enqueue(task);
  }

  /** Resolves once everything appended or serialized so far has been written. */
  async drain(): Promise<void> {
    await this.flush();
    await this.tail;
  }

  private flush(): Promise<void> {
    if (this.scheduled !== null) {
      clearImmediate(this.scheduled);
      this.scheduled = null;
    }
    if (this.pending.length === 0 && this.flushQueued === null) return this.tail;
    this.flushQueued ??= this.enqueue(() => this.writeBatch());
    return this.flushQueued;
  }

  private async writeBatch(): Promise<void> {
    // The batch is taken when the write starts, so appends made while the previous write was
    // in flight join it.
    this.flushQueued = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let seqs: number[];
    const started = performance.now();
    try {
      seqs = await this.store.appendUpdates(batch);
    } catch (error) {
      this.runHook(() => this.hooks.onFailed(batch, error));
      return;
    } finally {
      this.runHook(() => this.hooks.onWritten((performance.now() - started) / 1000));
    }
    this.runHook(() => this.hooks.onCommitted(batch, seqs));
  }

  /** A throwing hook must not stall the queue nor surface as an unhandled rejection. */
  private runHook(hook: () => void): void {
    try {
      hook();
    } catch (error) {
      this.logger.error({ err: error }, 'journal hook failed');
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    // The chain must survive a failed task; the caller sees the failure through run.
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}
