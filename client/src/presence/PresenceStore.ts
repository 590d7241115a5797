/**
 * Presence over y-protocols awareness, never the document: our own name, colour and cursor
 * (in board coordinates), and a snapshot of everyone else's for the cursor layer. Remote
 * states come from other clients, so they are validated before use.
 */
import type { Awareness } from 'y-protocols/awareness';
import type { Point } from '../board/geometry';
import { throttle, type Throttled } from '../editor/throttle';
import type { Identity } from './identity';

/** Cursor updates at most this often: enough to look live, little enough for 8 people × 18 rooms. */
export const CURSOR_INTERVAL_MS = 50;

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  cursor: Point | null;
}

const noPeers: readonly Peer[] = Object.freeze([]);

export class PresenceStore {
  private peers: readonly Peer[] = noPeers;
  private readonly listeners = new Set<() => void>();
  private pendingCursor: Point | null = null;
  private readonly publishCursor: Throttled;

  constructor(private readonly awareness: Awareness, identity: Identity) {
    this.awareness.setLocalState({ user: { name: identity.name, color: identity.color }, cursor: null });
    this.publishCursor = throttle(
      () => this.awareness.setLocalStateField('cursor', this.pendingCursor),
      CURSOR_INTERVAL_MS,
    );
    this.awareness.on('change', this.onChange);
    this.onChange();
  }

  destroy(): void {
    this.publishCursor.cancel();
    this.awareness.off('change', this.onChange);
    this.awareness.setLocalState(null);
    this.listeners.clear();
  }

  setIdentity(identity: Identity): void {
    this.awareness.setLocalStateField('user', { name: identity.name, color: identity.color });
  }

  /** Null when the pointer left the board; sent at once so the cursor does not linger. */
  setCursor(cursor: Point | null): void {
    this.pendingCursor = cursor;
    if (cursor === null) {
      this.publishCursor.cancel();
      this.awareness.setLocalStateField('cursor', null);
    } else {
      this.publishCursor();
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getPeers = (): readonly Peer[] => this.peers;

  private readonly onChange = (): void => {
    const peers: Peer[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      if (clientId === this.awareness.clientID) return;
      const peer = parsePeer(clientId, state);
      if (peer) peers.push(peer);
    });
    peers.sort((a, b) => a.clientId - b.clientId);
    this.peers = peers.length === 0 ? noPeers : peers;
    this.listeners.forEach((listener) => listener());
  };
}

export function parsePeer(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = state['user'];
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as Record<string, unknown>;
  if (typeof name !== 'string' || typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return null;
  const cursor = state['cursor'];
  const point =
    typeof cursor === 'object' && cursor !== null &&
    Number.isFinite((cursor as Point).x) && Number.isFinite((cursor as Point).y)
      ? { x: (cursor as Point).x, y: (cursor as Point).y }
      : null;
  return { clientId, name: name.slice(0, 60), color, cursor: point };
}
