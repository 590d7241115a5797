/**
 * Tells which change a received message carries, from its bytes alone: receivers never
 * integrate what they receive (a Y.Doc per receiver would cost the generator more than the
 * server it measures).
 *
 * A v1 Yjs update starts [varUint clientCount]([varUint structCount][varUint client]
 * [varUint clock] structs…)…; an update made by one transaction of one client has a single
 * client block, so its first client and clock name it. A relay that merges updates
 * (Hocuspocus merges what arrives within one event-loop turn) sends several clients or a
 * longer run of structs; those go through Y.parseUpdateMeta, which reads the clock range of
 * every client without building a document.
 *
 * An awareness update is [varUint count]([varUint clientID][varUint clock][varString state])*;
 * entries are read in place and the state JSON is skipped, not parsed.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Called once per client block: the update holds clocks [from, to) of that client. */
export type UpdateRangeSink = (client: number, from: number, to: number) => void;
export type AwarenessEntrySink = (client: number, clock: number) => void;

/**
 * Structs in one update of the generator's senders (x and y of one element), so anything
 * longer from one client is a merge of several sends and takes the exact path.
 */
export const STRUCTS_PER_MOVE = 2;

/** Reads the clock ranges of a v1 update; the decoder is on its varUint8Array. */
export function readUpdateRanges(decoder: decoding.Decoder, sink: UpdateRangeSink): void {
  const update = decoding.readVarUint8Array(decoder);
  const inner = decoding.createDecoder(update);
  const clientCount = decoding.readVarUint(inner);
  if (clientCount === 0) return;
  const structCount = decoding.readVarUint(inner);
  const client = decoding.readVarUint(inner);
  const clock = decoding.readVarUint(inner);
  if (clientCount === 1 && structCount <= STRUCTS_PER_MOVE) {
    // One send: naming its first clock is enough, every send starts at a distinct clock.
    sink(client, clock, clock + 1);
    return;
  }
  const meta = Y.parseUpdateMeta(update);
  for (const [id, from] of meta.from) {
    sink(id, from, meta.to.get(id) ?? from + 1);
  }
}

/** Reads every entry of an awareness message; the decoder is on its varUint8Array. */
export function readAwarenessEntries(decoder: decoding.Decoder, sink: AwarenessEntrySink): void {
  const payload = decoding.readVarUint8Array(decoder);
  const inner = decoding.createDecoder(payload);
  const count = decoding.readVarUint(inner);
  // Each entry takes at least three bytes, so a count beyond that is a broken frame and the
  // loop stays bounded by the frame size.
  if (count * 3 > payload.length) throw new Error(`awareness count ${count} exceeds frame`);
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(inner);
    const clock = decoding.readVarUint(inner);
    const length = decoding.readVarUint(inner);
    inner.pos += length;
    sink(client, clock);
  }
}
