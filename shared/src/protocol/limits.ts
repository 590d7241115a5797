/** Defaults for the relay's limits; the server's config may override each. */
export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
