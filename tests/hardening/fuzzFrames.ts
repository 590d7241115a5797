/**
 * Frames for the fuzz test: valid y-protocols messages (sync step 1, step 2, update,
 * awareness, query-awareness) and mutations of them — bit flips, truncations, trailing bytes,
 * huge varint lengths, wrong message and sync types, updates whose framing is right but whose
 * structs are broken, plain random bytes. Seeded, so a failing run can be replayed.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { messageAwareness, messageQueryAwareness, messageSync, syncStep1, syncStep2, syncUpdate } from '@samkarta/shared';

/** mulberry32: a tiny seeded generator; Math.random cannot be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Client ids the fuzzer uses stay below this; probes use ids above it. */
export const FUZZ_CLIENT_ID_LIMIT = 2 ** 30;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, messageSync);
    encoding.writeVarUint(e, syncType);
    encoding.writeVarUint8Array(e, payload);
  });
}

export function awarenessFrame(clientId: number, clock: number, state: string): Uint8Array {
  const inner = frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, state);
  });
  return frame((e) => {
    encoding.writeVarUint(e, messageAwareness);
    encoding.writeVarUint8Array(e, inner);
  });
}

/** Small real updates of every shared type, made once per generator. */
function updatePool(random: () => number, size: number): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const map = doc.getMap<unknown>('elements');
  const list = doc.getArray<number>('order');
  const text = doc.getText('notes');
  for (let i = 0; updates.length < size; i++) {
    if (i % 50 === 0) doc.clientID = Math.floor(random() * FUZZ_CLIENT_ID_LIMIT);
    const pick = random();
    if (pick < 0.3) map.set(`e${i % 20}`, { x: Math.round(random() * 1000), y: i, label: 'hinder' });
    else if (pick < 0.5) list.insert(Math.floor(random() * (list.length + 1)), [i]);
    else if (pick < 0.65 && list.length > 0) list.delete(Math.floor(random() * list.length));
    else if (pick < 0.85) text.insert(Math.floor(random() * (text.length + 1)), `samverkan ${i} `);
    else if (text.length > 2) text.delete(Math.floor(random() * (text.length - 1)), 1);
    else map.delete(`e${i % 20}`);
  }
  return updates;
}

export class FuzzFrames {
  private readonly random: () => number;
  private readonly updates: Uint8Array[];
  /** Next real update to replay in order; see startRoom. */
  private cursor = 0;
  /**
   * The awareness client ids of the current burst: three, so that with the probe's id the
   * connection stays within the relay's bound of ids per connection (which has its own test).
   */
  private awarenessIds: number[] = [];

  constructor(seed: number) {
    this.random = seededRandom(seed);
    this.updates = updatePool(this.random, 300);
  }

  private int(below: number): number {
    return Math.floor(this.random() * below);
  }

  private bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.int(256);
    return out;
  }

  private flipBits(input: Uint8Array, flips: number): Uint8Array {
    const out = input.slice();
    if (out.length === 0) return out;
    for (let i = 0; i < flips; i++) out[this.int(out.length)]! ^= 1 << this.int(8);
    return out;
  }

  /**
   * The next real update in the order it was made. Replayed in order so that the room's doc
   * does not pile up updates with missing dependencies: Yjs re-merges those on every later
   * update, which would make the test a measure of that cost (random order is in validFrame).
   */
  private pooledUpdate(): Uint8Array {
    return syncFrame(this.random() < 0.7 ? syncUpdate : syncStep2, this.updates[this.cursor++ % this.updates.length]!);
  }

  /** The generator's next connections go to a fresh room: replay from the first update. */
  startRoom(): void {
    this.cursor = 0;
  }

  private validFrame(): Uint8Array {
    const pick = this.random();
    const update = this.updates[this.int(this.updates.length)]!;
    if (pick < 0.45) return this.pooledUpdate();
    if (pick < 0.55) {
      // Several real updates merged: valid, larger, with structs of several clients.
      const merged = Y.mergeUpdates([update, this.updates[this.int(this.updates.length)]!]);
      return syncFrame(syncUpdate, merged);
    }
    if (pick < 0.7) {
      const stateVector = frame((e) => {
        const count = this.int(4);
        encoding.writeVarUint(e, count);
        for (let i = 0; i < count; i++) {
          encoding.writeVarUint(e, this.int(FUZZ_CLIENT_ID_LIMIT));
          encoding.writeVarUint(e, this.int(1000));
        }
      });
      return syncFrame(syncStep1, stateVector);
    }
    if (pick < 0.95) {
      const state = this.random() < 0.2 ? 'null' : JSON.stringify({ user: { name: `p${this.int(99)}` }, cursor: { x: this.int(2000), y: this.int(2000) } });
      return awarenessFrame(this.awarenessId(), 1 + this.int(5), state);
    }
    return frame((e) => encoding.writeVarUint(e, messageQueryAwareness));
  }

  /** A valid frame with its payload mutated, re-framed with the right length: it reaches Yjs. */
  private brokenStructs(): Uint8Array {
    const update = this.updates[this.int(this.updates.length)]!;
    const pick = this.random();
    let broken: Uint8Array;
    if (pick < 0.5) broken = this.flipBits(update, 1 + this.int(3));
    else if (pick < 0.75) broken = update.slice(0, this.int(update.length));
    else {
      // A huge varint where a count or length is read.
      broken = new Uint8Array([...update.slice(0, 1 + this.int(Math.max(1, update.length - 1))), 0xff, 0xff, 0xff, 0xff, 0x0f]);
    }
    return syncFrame(this.random() < 0.5 ? syncUpdate : syncStep2, broken);
  }

  /** A frame whose envelope is wrong. */
  private badEnvelope(): Uint8Array {
    const base = this.validFrame();
    switch (this.int(7)) {
      case 0:
        return this.flipBits(base, 1 + this.int(4));
      case 1:
        return base.slice(0, this.int(base.length));
      case 2:
        return new Uint8Array([...base, ...this.bytes(1 + this.int(8))]);
      case 3:
        // Huge length prefix with a few bytes behind it.
        return new Uint8Array([messageSync, this.int(3), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, ...this.bytes(this.int(8))]);
      case 4:
        // Wrong message type (or a huge varint as one).
        return this.random() < 0.5
          ? new Uint8Array([4 + this.int(250), ...base.slice(1)])
          : new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
      case 5:
        // Wrong sync type.
        return new Uint8Array([messageSync, 3 + this.int(120), ...base.slice(2)]);
      default:
        return this.bytes(this.int(64));
    }
  }

  /** A random state vector: any number of random (client, clock) pairs. */
  private randomStep1(): Uint8Array {
    const stateVector = frame((e) => {
      const count = this.int(6);
      encoding.writeVarUint(e, count);
      for (let i = 0; i < count; i++) {
        encoding.writeVarUint(e, this.random() < 0.1 ? 2 ** 53 - 1 - this.int(9) : this.int(FUZZ_CLIENT_ID_LIMIT));
        encoding.writeVarUint(e, this.random() < 0.1 ? 2 ** 40 : this.int(100_000));
      }
    });
    return syncFrame(syncStep1, stateVector);
  }

  /** Random awareness: random ids, clocks and JSON values, removals (null) included. */
  private randomAwareness(): Uint8Array {
    const values = ['null', '{}', '[]', '1', '"x"', JSON.stringify({ cursor: { x: this.random() * 1e9 }, name: String.fromCharCode(...this.bytes(8)) })];
    return awarenessFrame(this.awarenessId(), this.int(2 ** 31), values[this.int(values.length)]!);
  }

  private awarenessId(): number {
    return this.awarenessIds[this.int(this.awarenessIds.length)]!;
  }

  /**
   * A burst for one connection and how many of its frames were random or mutated (the rest
   * are real updates replayed out of order). Seven bursts in ten keep their envelopes valid, so
   * the connection lives through them and the server handles all of its frames; the others
   * mix in broken envelopes and structs, which end the connection at the first one.
   * Sync step 1 is rare on purpose: each costs the server a full encoding of the board (as in
   * any y-websocket server), which would make the test a throughput test of Yjs encoding.
   */
  burst(length: number): { frames: Uint8Array[]; fuzzed: number } {
    const frames: Uint8Array[] = [];
    let fuzzed = 0;
    this.awarenessIds = Array.from({ length: 3 }, () => this.int(FUZZ_CLIENT_ID_LIMIT));
    const hostile = this.random() < 0.3;
    for (let i = 0; i < length; i++) {
      const pick = this.random();
      if (hostile && this.random() < 0.3) frames.push(this.random() < 0.5 ? this.brokenStructs() : this.badEnvelope());
      else if (pick < 0.04) frames.push(this.randomStep1());
      else if (pick < 0.6) frames.push(this.randomAwareness());
      else {
        frames.push(this.pooledUpdate());
        continue;
      }
      fuzzed++;
    }
    return { frames, fuzzed };
  }
}
