/**
 * messageSaved: the relay tells a connection how far its own edits are durable.
 *
 *   [varUint messageSaved][varUint count]( [varUint clientId][varUint clock] )*count
 *
 * One pair per Yjs client id the connection owns (the awareness client id a stock provider
 * uses equals its doc clientID). clock is the room document's state for that id at the moment
 * every update the connection had sent was committed: a client whose own
 * doc.store.getState(clientId) is <= clock has nothing unsaved. Sent only by the server.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageSaved } from './messages.js';

export interface SavedClock {
  clientId: number;
  clock: number;
}

/** Writes a whole messageSaved frame, message type included. */
export function writeSaved(encoder: encoding.Encoder, clocks: readonly SavedClock[]): void {
  encoding.writeVarUint(encoder, messageSaved);
  encoding.writeVarUint(encoder, clocks.length);
  for (const { clientId, clock } of clocks) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
  }
}

/** Reads the payload of a messageSaved frame (the decoder is past the message type). */
export function readSaved(decoder: decoding.Decoder): SavedClock[] {
  const count = decoding.readVarUint(decoder);
  const clocks: SavedClock[] = [];
  // count comes off the wire: each pair takes at least two bytes, so a count larger than the
  // remaining bytes allow is a truncated frame, and the loop stays bounded by the frame size.
  if (count * 2 > decoder.arr.length - decoder.pos) {
    throw new Error('messageSaved: count exceeds frame');
  }
  for (let i = 0; i < count; i++) {
    clocks.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) });
  }
  return clocks;
}
