/** The connection state the board shows, derived from what the provider and the browser report. */

export type ConnectionPhase = 'connecting' | 'connected' | 'offline' | 'refused';

export interface ConnectionFacts {
  /** The provider's last status event. */
  status: 'connecting' | 'connected' | 'disconnected';
  /** Whether this page has ever had a connection to this board. */
  everConnected: boolean;
  /** navigator.onLine: false is certain, true is only a hint. */
  online: boolean;
  /** The server closed with a code after which reconnecting cannot help. */
  refused: boolean;
}

export function connectionPhase(facts: ConnectionFacts): ConnectionPhase {
  if (facts.refused) return 'refused';
  if (!facts.online) return 'offline';
  if (facts.status === 'connected') return 'connected';
  // Before the first connection it is "connecting"; after losing one the provider is retrying
  // in the background, which the user should read as offline (and edits as not yet saved).
  return facts.everConnected ? 'offline' : 'connecting';
}
