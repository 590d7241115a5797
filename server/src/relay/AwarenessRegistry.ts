/**
 * Who may speak for which awareness client id in one room, and the latest state of each.
 *
 * A connection owns a client id from the first update that sets it, as long as no other open
 * connection owns it. Entries for an id another connection owns are dropped, so a client can
 * neither forge nor remove someone else's cursor. Ownership ends when the connection closes;
 * the registry then hands back removals (state null, clock + 1) to broadcast.
 *
 * Bounded: a connection owns at most MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION ids and the room
 * holds at most MAX_AWARENESS_ENTRIES_PER_ROOM; an update past either is refused whole with
 * ProtocolError(awarenessLimit), so its connection is closed and nothing of it is relayed.
 */
import { CloseCode, MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION, MAX_AWARENESS_ENTRIES_PER_ROOM } from '@samkarta/shared';
import type { AwarenessEntry } from './awarenessUpdate.js';
import { REMOVED_STATE } from './awarenessUpdate.js';
import { ProtocolError } from './ProtocolError.js';

/** The connection side the registry needs: identity and the ids it owns. */
export interface AwarenessOwner {
  readonly ownedClientIds: Set<number>;
}

interface Held {
  owner: AwarenessOwner;
  clock: number;
  state: string;
}

export class AwarenessRegistry {
  private readonly held = new Map<number, Held>();

  /** Records the entries this owner may set; returns those accepted, in order. */
  accept(owner: AwarenessOwner, entries: readonly AwarenessEntry[]): AwarenessEntry[] {
    this.checkBounds(owner, entries);
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const current = this.held.get(entry.clientId);
      if (current !== undefined && current.owner !== owner) continue;
      // An older clock than the one held is stale: every client would ignore it anyway.
      if (current !== undefined && entry.clock < current.clock) continue;
      if (current === undefined) {
        this.held.set(entry.clientId, { owner, clock: entry.clock, state: entry.state });
        owner.ownedClientIds.add(entry.clientId);
      } else {
        // Renewed in place: a cursor renews its state ten times a second.
        current.clock = entry.clock;
        current.state = entry.state;
      }
      accepted.push(entry);
    }
    return accepted;
  }

  private checkBounds(owner: AwarenessOwner, entries: readonly AwarenessEntry[]): void {
    let newIds = 0;
    for (const entry of entries) {
      if (!this.held.has(entry.clientId)) newIds++;
    }
    if (newIds === 0) return;
    if (owner.ownedClientIds.size + newIds > MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION) {
      throw new ProtocolError(
        CloseCode.awarenessLimit,
        `one connection may own at most ${MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION} awareness client ids`,
      );
    }
    if (this.held.size + newIds > MAX_AWARENESS_ENTRIES_PER_ROOM) {
      throw new ProtocolError(
        CloseCode.awarenessLimit,
        `this board already shows ${MAX_AWARENESS_ENTRIES_PER_ROOM} people, the most it relays presence for`,
      );
    }
  }

  /** Every present (non-removed) state, for newcomers and query-awareness. */
  states(): AwarenessEntry[] {
    const states: AwarenessEntry[] = [];
    for (const [clientId, held] of this.held) {
      if (held.state !== REMOVED_STATE) states.push({ clientId, clock: held.clock, state: held.state });
    }
    return states;
  }

  /** Forgets the owner's ids; returns the removals other clients must apply. */
  release(owner: AwarenessOwner): AwarenessEntry[] {
    const removals: AwarenessEntry[] = [];
    for (const clientId of owner.ownedClientIds) {
      const held = this.held.get(clientId);
      if (held === undefined || held.owner !== owner) continue;
      this.held.delete(clientId);
      if (held.state !== REMOVED_STATE) removals.push({ clientId, clock: held.clock + 1, state: REMOVED_STATE });
    }
    owner.ownedClientIds.clear();
    return removals;
  }

  get size(): number {
    return this.held.size;
  }
}
