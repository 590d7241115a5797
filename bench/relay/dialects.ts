/**
 * Wire dialects the load generator speaks: the framing of each message it sends and the
 * message types it reads. Two exist:
 *
 *   y-websocket  [varUint messageType][payload]                 (Samkarta, @y/websocket-server)
 *   hocuspocus   [varString documentName][varUint type][payload] (@hocuspocus/server 4)
 *
 * Hocuspocus also wants an auth frame ([name][2][0 = token][varString token][varString
 * providerVersion]) before anything else of that document, answers a sync step 1 with a
 * SyncReply (type 4) carrying step 2, acknowledges every update with SyncStatus (type 8),
 * and relays updates as plain sync (type 0) messages. The payloads (y-protocols sync and
 * awareness) are the same in both.
 *
 * Message type numbers come from shared/src/protocol, the one place that defines them for
 * Samkarta; the Hocuspocus-only ones are named here after @hocuspocus/server's MessageType.
 */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
// Imported by path, not as '@samkarta/shared': the bench runs from the repo without a build of
// shared and without the "source" export condition (which would also switch the @hocuspocus
// packages to their TypeScript sources). The module has no imports of its own.
import {
  messageAwareness,
  messageSync,
  syncStep1,
  syncStep2,
  syncUpdate,
  WS_PATH_PREFIX,
} from '../../shared/src/protocol/messages.ts';

export { messageAwareness, messageSync, syncStep1, syncStep2, syncUpdate };

export type DialectName = 'y-websocket' | 'hocuspocus';

/** Hocuspocus message types that the y-websocket protocol does not have. */
const hocuspocusAuth = 2;
const hocuspocusAuthToken = 0;
const hocuspocusSyncReply = 4;
/** Sent in the auth frame the way @hocuspocus/provider sends its own version. */
const hocuspocusProviderVersion = '4.0.0';

/** How one connection frames its messages for one room. */
export interface Framing {
  /** Frames to send as soon as the socket opens (before the first sync step 1). */
  openFrames(): Uint8Array[];
  syncStep1(stateVector: Uint8Array): Uint8Array;
  syncStep2(update: Uint8Array): Uint8Array;
  update(update: Uint8Array): Uint8Array;
  /** One awareness entry, encoded as y-protocols encodeAwarenessUpdate would. */
  awareness(clientId: number, clock: number, stateJson: string): Uint8Array;
  /** Positions the decoder on the message type (skips the document name where there is one). */
  skipAddress(decoder: decoding.Decoder): void;
  /** Whether a message type carries a y-protocols sync message. */
  isSync(messageType: number): boolean;
}

export interface Dialect {
  name: DialectName;
  framing(room: string): Framing;
}

function frame(address: Uint8Array | null, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (address !== null) encoding.writeUint8Array(encoder, address);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function makeFraming(address: Uint8Array | null, openFrames: () => Uint8Array[]): Framing {
  return {
    openFrames,
    syncStep1: (stateVector) =>
      frame(address, (e) => {
        encoding.writeVarUint(e, messageSync);
        encoding.writeVarUint(e, syncStep1);
        encoding.writeVarUint8Array(e, stateVector);
      }),
    syncStep2: (update) =>
      frame(address, (e) => {
        encoding.writeVarUint(e, messageSync);
        encoding.writeVarUint(e, syncStep2);
        encoding.writeVarUint8Array(e, update);
      }),
    update: (update) =>
      frame(address, (e) => {
        encoding.writeVarUint(e, messageSync);
        encoding.writeVarUint(e, syncUpdate);
        encoding.writeVarUint8Array(e, update);
      }),
    awareness: (clientId, clock, stateJson) =>
      frame(address, (e) => {
        encoding.writeVarUint(e, messageAwareness);
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, clientId);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, stateJson);
        encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      }),
    skipAddress:
      address === null
        ? () => {}
        : (decoder) => {
            // A view, not a copy: the name is not needed, only its length.
            decoding.readVarUint8Array(decoder);
          },
    isSync:
      address === null
        ? (type) => type === messageSync
        : (type) => type === messageSync || type === hocuspocusSyncReply,
  };
}

export const yWebsocketDialect: Dialect = {
  name: 'y-websocket',
  framing: () => makeFraming(null, () => []),
};

export const hocuspocusDialect: Dialect = {
  name: 'hocuspocus',
  framing: (room) => {
    const nameEncoder = encoding.createEncoder();
    encoding.writeVarString(nameEncoder, room);
    const address = encoding.toUint8Array(nameEncoder);
    const auth = frame(address, (e) => {
      encoding.writeVarUint(e, hocuspocusAuth);
      encoding.writeVarUint(e, hocuspocusAuthToken);
      encoding.writeVarString(e, '');
      encoding.writeVarString(e, hocuspocusProviderVersion);
    });
    return makeFraming(address, () => [auth]);
  },
};

export function dialectByName(name: DialectName): Dialect {
  return name === 'hocuspocus' ? hocuspocusDialect : yWebsocketDialect;
}

/** Samkarta serves rooms under the shared path prefix. */
export const samkartaPathPrefix = WS_PATH_PREFIX;
