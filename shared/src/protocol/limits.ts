/** Defaults for the relay's limits; the server's config may override each. */
export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/**
 * Per connection, refilled continuously (token bucket, one second of burst). Generous: a
 * participant dragging an element sends about 60 updates and 60 cursor moves a second.
 */
export const DEFAULT_MAX_MESSAGES_PER_SECOND = 300;
/** Per connection; the burst is at least one full-size message, so a full sync always fits. */
export const DEFAULT_MAX_BYTES_PER_SECOND = 16 * 1024 * 1024;
/** A whole conference behind one NAT address still fits; a single host opening sockets in a loop does not. */
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 2000;
/** A connection whose unsent data passes this is closed (CloseCode.slowReader). */
export const DEFAULT_MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** Stored size of one board (snapshot plus journal) past which updates are refused. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/**
 * How deep a board may nest (docs/schema.md): a root map holds element maps (shared types of
 * depth 1), which hold Y.Text fields (depth 2). Plain values (points, a voting round, a vote)
 * are flat objects or arrays; 8 leaves room without letting a value overflow a reader's stack.
 * The relay refuses an update past either bound (CloseCode.updateRejected).
 */
export const MAX_TYPE_DEPTH = 2;
export const MAX_VALUE_NESTING = 8;

/**
 * Awareness (presence) bounds. A browser tab owns one client id, two for a moment when it
 * reloads; a state holds a name, a cursor, a view and at most 200 selected ids (about 5 KiB).
 * A room holds at most MAX_AWARENESS_ENTRIES_PER_ROOM states, so what a newcomer is sent at
 * once stays below MAX_AWARENESS_ENTRIES_PER_ROOM × MAX_AWARENESS_STATE_BYTES (8 MiB), under
 * the send buffer's bound. Past any of them the connection is closed (CloseCode.awarenessLimit)
 * before the frame is relayed or even read to its end.
 */
export const MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION = 4;
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;
export const MAX_AWARENESS_ENTRIES_PER_ROOM = 1000;

/**
 * Messages a connection may send before its room has finished loading. They are queued and
 * replayed after the load; past either bound the connection is closed with
 * CloseCode.tryAgainLater, so a client cannot grow the queue without limit. The byte bound is
 * the server's maxMessageBytes (one full-size message always fits).
 */
export const MAX_PRELOAD_QUEUE_MESSAGES = 256;

/**
 * Updates of one connection applied but not yet committed to the journal. Storage that stalls
 * (a slow disk, a database far away) would otherwise let a busy client grow the write queue
 * without bound; past it the connection is closed with CloseCode.tryAgainLater and resyncs on
 * reconnect, so nothing it sent is lost. At the default rate limit this is over three seconds
 * of nonstop editing.
 */
export const MAX_UNSAVED_UPDATES_PER_CONNECTION = 1000;

/**
 * Bytes a board may hold of updates that wait for changes it never received (Yjs keeps them
 * as pending structs and merges them again on every later update). Stock clients cause this
 * only for a moment, if at all; past the bound the update that went over is refused with
 * CloseCode.updateRejected and the waiting content is dropped, so a hostile connection can
 * neither grow the room's memory nor make every later update slower.
 */
export const MAX_PENDING_UPDATE_BYTES = 1024 * 1024;
