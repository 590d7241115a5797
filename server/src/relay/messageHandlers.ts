/**
 * What the relay does with each message type a client may send, in a table indexed by type.
 * A type missing from the table is refused with CloseCode.unknownMessageType; that includes
 * messageAuth and messageSaved, which only the server sends.
 *
 * Handlers decode their whole payload first: a decoding failure is the client's fault
 * (CloseCode.malformedMessage), anything thrown after that is the server's (1011), except a
 * Yjs update Yjs refuses (CloseCode.updateRejected, raised by Room.receiveUpdate).
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  CloseCode,
  messageAwareness,
  messageQueryAwareness,
  messageSync,
  syncStep1,
  syncStep2,
  syncUpdate,
} from '@samkarta/shared';
import type { AwarenessEntry } from './awarenessUpdate.js';
import { readAwarenessUpdate } from './awarenessUpdate.js';
import type { Connection } from './Connection.js';
import { ProtocolError } from './ProtocolError.js';
import type { Room } from './Room.js';

export interface MessageContext {
  room: Room;
  connection: Connection;
  /** Positioned after the message type. */
  decoder: decoding.Decoder;
  /** The whole frame as received, for forwarding it unchanged. */
  frame: Uint8Array;
}

export type MessageHandler = (context: MessageContext) => void;

/** Runs a decoding step; any failure becomes CloseCode.malformedMessage. */
function decode<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(CloseCode.malformedMessage, `malformed ${what}: ${(error as Error).message}`);
  }
}

function expectEnd(decoder: decoding.Decoder, what: string): void {
  if (decoding.hasContent(decoder)) {
    throw new ProtocolError(CloseCode.malformedMessage, `malformed ${what}: trailing bytes`);
  }
}

const handleSync: MessageHandler = ({ room, connection, decoder, frame }) => {
  const syncType = decode('sync message', () => decoding.readVarUint(decoder));
  switch (syncType) {
    case syncStep1: {
      const bytes = decode('sync step 1', () => decoding.readVarUint8Array(decoder));
      // Decoded here so a garbage state vector is the client's error, not an internal one.
      const stateVector = decode('sync step 1', () => Y.decodeStateVector(bytes));
      expectEnd(decoder, 'sync step 1');
      room.answerSyncStep1(connection, stateVector, bytes);
      return;
    }
    case syncStep2:
    case syncUpdate: {
      const update = decode('sync update', () => decoding.readVarUint8Array(decoder));
      expectEnd(decoder, 'sync update');
      // A read-only connection (viewer, locked participant) keeps reading; its writes are
      // dropped here, before anything is applied, stored or relayed. It was told so with
      // messageAccess when it opened or when the lock changed.
      if (connection.accessMode !== 'readWrite') return;
      // An update message is forwarded byte for byte; step 2 is re-framed as an update.
      room.receiveUpdate(connection, update, syncType === syncUpdate ? frame : null);
      return;
    }
    default:
      throw new ProtocolError(CloseCode.unknownMessageType, `unknown sync message type ${syncType}`);
  }
};

const handleAwareness: MessageHandler = ({ room, connection, decoder, frame }) => {
  const entries: AwarenessEntry[] = decode('awareness message', () =>
    readAwarenessUpdate(decoding.readVarUint8Array(decoder)),
  );
  expectEnd(decoder, 'awareness message');
  room.receiveAwareness(connection, entries, frame);
};

const handleQueryAwareness: MessageHandler = ({ room, connection, decoder }) => {
  expectEnd(decoder, 'query-awareness message');
  room.sendAwarenessStates(connection);
};

export const messageHandlers: ReadonlyMap<number, MessageHandler> = new Map([
  [messageSync, handleSync],
  [messageAwareness, handleAwareness],
  [messageQueryAwareness, handleQueryAwareness],
]);
