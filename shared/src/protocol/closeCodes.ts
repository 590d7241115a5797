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
  /** The room could not be loaded or is quarantined; nothing was served or overwritten. */
  roomUnavailable: 4500,
  /** The room's storage failed while writing; it accepts no writes until fixed. */
  storageFailed: 4501,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Codes after which reconnecting with the same input cannot succeed. */
export const permanentCloseCodes: ReadonlySet<number> = new Set([
  CloseCode.unsupportedData,
  CloseCode.messageTooBig,
  CloseCode.malformedMessage,
  CloseCode.unknownMessageType,
  CloseCode.updateRejected,
]);
