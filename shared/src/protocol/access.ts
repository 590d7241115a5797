/**
 * messageAccess: the relay tells a connection whether its writes are accepted.
 *
 *   [varUint messageAccess][varUint mode]
 *
 * mode 0 read-write, 1 read-only because the token is a viewer's, 2 read-only because the
 * facilitator locked the workshop's boards, 3 read-only because the facilitator closed the
 * workshop (its boards stay readable through every link). Sent when a read-only connection opens and
 * whenever the mode of an open connection changes (lock, unlock, close, reopen). While read-only, every
 * update and every sync step 2 with content the client sends is dropped by the server: not
 * applied, not stored, not relayed. Awareness (presence) still flows. Sent only by the server;
 * stock clients that do not know it only log it.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageAccess } from './messages.js';

export const accessModes = ['readWrite', 'readOnlyViewer', 'readOnlyLocked', 'readOnlyClosed'] as const;
export type AccessMode = (typeof accessModes)[number];

/** Writes a whole messageAccess frame, message type included. */
export function writeAccess(encoder: encoding.Encoder, mode: AccessMode): void {
  encoding.writeVarUint(encoder, messageAccess);
  encoding.writeVarUint(encoder, accessModes.indexOf(mode));
}

/** Reads the payload of a messageAccess frame (the decoder is past the message type). */
export function readAccess(decoder: decoding.Decoder): AccessMode {
  const mode = accessModes[decoding.readVarUint(decoder)];
  if (mode === undefined) throw new Error('messageAccess: unknown mode');
  return mode;
}
