/**
 * Websocket close codes the relay uses. 1000–1015 are the RFC 6455 codes; 4000–4999 are
 * ours. A client shows the reason; the code tells it whether reconnecting can help.
 */
export const CloseCode = {
  /** Server shutting down; reconnect later. */
  goingAway: 1001,
  /** A text frame: the protocol is binary only. */
  unsupportedData: 1003,
  /** Frame larger than the configured cap (sent by ws itself). */
  messageTooBig: 1009,
  /** Unexpected server error in this connection's handler. */
  internalError: 1011,
  /** The server cannot take this connection's messages now (room still loading); retry later. */
  tryAgainLater: 1013,
  /** Truncated or undecodable message. */
  malformedMessage: 4400,
  /** A message type the relay does not accept from clients. */
  unknownMessageType: 4401,
  /** A Yjs update that Yjs refused to apply. */
  updateRejected: 4402,
  /**
   * The connection's token was revoked (the facilitator rotated the participant token); the
   * same link will be refused, so the client asks for the new join code instead of retrying.
   */
  accessRevoked: 4403,
  /**
   * The update would take the board past its size limit; it was not applied or saved. The
   * same update would be refused again, so the client must not resend it.
   */
  documentTooLarge: 4413,
  /** The room could not be loaded or is quarantined; nothing was served or overwritten. */
  roomUnavailable: 4500,
  /** The room's storage failed while writing; it accepts no writes until fixed. */
  storageFailed: 4501,
  // 46xx: a per-connection or per-address limit was passed; reconnecting after a pause is fine.
  /** More messages or bytes per second than the relay takes from one connection. */
  rateLimited: 4601,
  /** Too many open connections from this client address. */
  tooManyConnections: 4602,
  /**
   * The connection stopped reading and its send buffer passed the bound. Closed rather than
   * skipped, so it can never stay diverged: reconnecting resyncs it.
   */
  slowReader: 4603,
  /**
   * Awareness past a bound: more client ids than one tab needs, a state too large, or a room
   * holding as many presence states as it may. Nothing of the frame was relayed.
   */
  awarenessLimit: 4604,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Codes after which reconnecting with the same input cannot succeed. */
export const permanentCloseCodes: ReadonlySet<number> = new Set([
  CloseCode.unsupportedData,
  CloseCode.messageTooBig,
  CloseCode.malformedMessage,
  CloseCode.unknownMessageType,
  CloseCode.updateRejected,
  CloseCode.documentTooLarge,
  CloseCode.accessRevoked,
]);
