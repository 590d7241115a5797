/** Defaults for the relay's limits; the server's config may override each. */
export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/**
 * Messages a connection may send before its room has finished loading. They are queued and
 * replayed after the load; past either bound the connection is closed with
 * CloseCode.tryAgainLater, so a client cannot grow the queue without limit. The byte bound is
 * the server's maxMessageBytes (one full-size message always fits).
 */
export const MAX_PRELOAD_QUEUE_MESSAGES = 256;
