/**
 * The wire protocol between a board page and the relay: the y-websocket protocol
 * (y-protocols sync and awareness, one binary frame per message, lib0 varint framing)
 * plus one message of our own. Byte-level description: docs/protocol.md.
 *
 *   [varUint messageType][payload]
 *
 * messageSync          payload is a y-protocols sync message (step 1, step 2, update)
 * messageAwareness     payload is varUint8Array(awareness update)
 * messageAuth          server → client only: permission denied (y-protocols/auth)
 * messageQueryAwareness  no payload; the server answers with every known awareness state
 * messageSaved         server → client only: the room's clock of each Yjs client id the
 *                      connection owns, sent once the connection's updates are durable.
 *                      Stock clients that do not know it only log it.
 * messageAccess        server → client only: whether the connection may write (see
 *                      access.ts); writes of a read-only connection are dropped.
 */
export const PROTOCOL_VERSION = 1;

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;
export const messageSaved = 10;
export const messageAccess = 11;

export const syncStep1 = 0;
export const syncStep2 = 1;
export const syncUpdate = 2;

/** Path prefix of the websocket endpoint: ws://host:port/yjs/<room>. */
export const WS_PATH_PREFIX = '/yjs/';

/** Room names are board ids and other server-issued names: URL-safe, bounded. */
export const ROOM_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A connection the relay has sent nothing for a whole period of this length gets an awareness
 * message with no entries (so it hears something at least every two periods): stock y-websocket clients drop a connection after 30 s without any message, and one
 * that shows no presence of its own (a board's control document, the wall) would otherwise
 * reconnect and resync every 30 s. Every client applies the empty update as a no-op.
 */
export const KEEPALIVE_AFTER_MS = 10_000;

/**
 * messageSaved goes out at most this long after the commit it reports, for every connection
 * owed one at once: one ack per commit would be a frame to the sender for each of its updates,
 * a sixth of a busy relay's frames, for an indicator nobody reads faster than this.
 */
export const SAVED_ACK_DELAY_MS = 200;
