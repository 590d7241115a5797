/**
 * A client broke the protocol. Thrown by the message handlers and turned into a websocket
 * close with this code and reason for that connection only.
 */
import type { CloseCode } from '@samkarta/shared';

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';

  constructor(
    readonly code: CloseCode,
    reason: string,
  ) {
    super(reason);
  }
}
