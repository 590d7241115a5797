/**
 * Presence over y-protocols awareness, never the document: our own name, colour, cursor and
 * laser point (in board coordinates), what we have selected, the part of the board we look at
 * and whether we are idle; and a snapshot of everyone else's for the canvas and the people
 * list. Remote states come from other clients, so they are validated before use.
 */
import type { Awareness } from 'y-protocols/awareness';
import type { Point, Rect } from '../board/geometry';
import { throttle, type Throttled } from '../editor/throttle';
import type { Identity } from './identity';

/** Cursor and laser updates at most this often: enough to look live, little enough for 8 people × 18 rooms. */
export const CURSOR_INTERVAL_MS = 50;
/** Viewport updates for followers: a pan is a stream of changes, and followers only need its drift. */
export const VIEW_INTERVAL_MS = 100;
/** More selected ids than this are not worth outlining for others (and would bloat every awareness frame). */
export const MAX_SHARED_SELECTION = 200;

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  cursor: Point | null;
  /** Where their laser pointer is while they press it. */
  laser: Point | null;
  selection: readonly string[];
  /** The part of the board on their screen, for following them. */
  view: Rect | null;
  idle: boolean;
}

type ThrottledKey = 'cursor' | 'laser' | 'view';

const noPeers: readonly Peer[] = Object.freeze([]);

export class PresenceStore {
  private peers: readonly Peer[] = noPeers;
  private readonly listeners = new Set<() => void>();
  private readonly pending: Record<ThrottledKey, unknown> = { cursor: null, laser: null, view: null };
  private readonly publishers: Record<ThrottledKey, Throttled>;

  /**
   * Without an identity we only watch the others and publish nothing: a board shown on the
   * facilitator's projector is no person on it, so it shows in nobody's people list.
   */
  constructor(private readonly awareness: Awareness, identity: Identity | null) {
    if (identity !== null) {
      this.awareness.setLocalState({
        user: { name: identity.name, color: identity.color },
        cursor: null,
        laser: null,
        selection: [],
        view: null,
        idle: false,
      });
    }
    const publisher = (key: ThrottledKey, ms: number) =>
      throttle(() => this.awareness.setLocalStateField(key, this.pending[key]), ms);
    this.publishers = {
      cursor: publisher('cursor', CURSOR_INTERVAL_MS),
      laser: publisher('laser', CURSOR_INTERVAL_MS),
      view: publisher('view', VIEW_INTERVAL_MS),
    };
    this.awareness.on('change', this.onChange);
    this.onChange();
  }

  destroy(): void {
    Object.values(this.publishers).forEach((publish) => publish.cancel());
    this.awareness.off('change', this.onChange);
    this.awareness.setLocalState(null);
    this.listeners.clear();
  }

  setIdentity(identity: Identity): void {
    this.awareness.setLocalStateField('user', { name: identity.name, color: identity.color });
  }

  /** Null when the pointer left the board; sent at once so the cursor does not linger. */
  setCursor(cursor: Point | null): void {
    this.setThrottled('cursor', cursor);
  }

  /** Null when the laser is released; sent at once so the trail ends where it ended. */
  setLaser(point: Point | null): void {
    this.setThrottled('laser', point);
  }

  setView(view: Rect): void {
    this.setThrottled('view', view);
  }

  setSelection(ids: Iterable<string>): void {
    const selection = [...ids];
    this.awareness.setLocalStateField('selection', selection.length > MAX_SHARED_SELECTION ? [] : selection);
  }

  setIdle(idle: boolean): void {
    if (this.awareness.getLocalState()?.['idle'] !== idle) this.awareness.setLocalStateField('idle', idle);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getPeers = (): readonly Peer[] => this.peers;

  private setThrottled(key: ThrottledKey, value: unknown): void {
    this.pending[key] = value;
    if (value === null) {
      this.publishers[key].cancel();
      this.awareness.setLocalStateField(key, null);
    } else {
      this.publishers[key]();
    }
  }

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
  const selection = state['selection'];
  return {
    clientId,
    name: name.slice(0, 60),
    color,
    cursor: parsePoint(state['cursor']),
    laser: parsePoint(state['laser']),
    selection: Array.isArray(selection)
      ? selection.slice(0, MAX_SHARED_SELECTION).filter((id): id is string => typeof id === 'string')
      : [],
    view: parseRect(state['view']),
    idle: state['idle'] === true,
  };
}

function parsePoint(value: unknown): Point | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y } = value as Record<string, unknown>;
  return Number.isFinite(x) && Number.isFinite(y) ? { x: x as number, y: y as number } : null;
}

function parseRect(value: unknown): Rect | null {
  const point = parsePoint(value);
  if (!point) return null;
  const { w, h } = value as Record<string, unknown>;
  return Number.isFinite(w) && Number.isFinite(h) && (w as number) > 0 && (h as number) > 0
    ? { ...point, w: w as number, h: h as number }
    : null;
}
