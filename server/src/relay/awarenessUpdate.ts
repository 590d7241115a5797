/**
 * The y-protocols awareness update, read and written without an Awareness instance: the relay
 * only routes states, so it keeps each state as the JSON text it arrived in.
 *
 *   [varUint count]( [varUint clientId][varUint clock][varString stateJson] )*count
 *
 * stateJson is "null" when the client removed its state.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  CloseCode,
  MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION,
  MAX_AWARENESS_STATE_BYTES,
  messageAwareness,
} from '@samkarta/shared';
import { ProtocolError } from './ProtocolError.js';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text, "null" for a removal. */
  state: string;
}

export const REMOVED_STATE = 'null';

/**
 * Reads a whole awareness update. Throws on truncation, trailing bytes or a state that is not
 * JSON: stock clients JSON.parse every state, so one bad state relayed would break them all.
 * Throws ProtocolError(awarenessLimit) for more entries than one connection may own or a
 * state past MAX_AWARENESS_STATE_BYTES, before reading further: the bound is what keeps a
 * hostile frame from costing work in proportion to its size.
 */
export function readAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION) {
    throw new ProtocolError(
      CloseCode.awarenessLimit,
      `awareness update with ${count} client ids; one connection may own at most ${MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION}`,
    );
  }
  // Each entry takes at least three bytes; a larger count is a lie about the frame.
  if (count * 3 > update.length - decoder.pos) throw new Error('awareness count exceeds the frame');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (state.length > MAX_AWARENESS_STATE_BYTES) {
      throw new ProtocolError(
        CloseCode.awarenessLimit,
        `awareness state of ${state.length} characters; at most ${MAX_AWARENESS_STATE_BYTES} are relayed`,
      );
    }
    JSON.parse(state);
    entries.push({ clientId, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness update');
  return entries;
}

export function writeAwarenessUpdate(encoder: encoding.Encoder, entries: readonly AwarenessEntry[]): void {
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
}

/** A whole messageAwareness frame carrying these entries. */
export function encodeAwarenessMessage(entries: readonly AwarenessEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  writeAwarenessUpdate(inner, entries);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}
