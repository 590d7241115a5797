/**
 * Whether this device's edits are durable on the server. The relay acknowledges with
 * messageSaved: for each Yjs client id the connection owns, the room's clock for it once the
 * connection's updates were committed. Our edits are saved when that clock has reached our
 * own, i.e. acked(doc.clientID) >= Y.getState(doc.store, doc.clientID).
 */
import type { SavedClock } from '@samkarta/shared';
import * as Y from 'yjs';

export type SavedState = 'saved' | 'saving' | 'unsaved';

export class SavedTracker {
  private readonly acked = new Map<number, number>();

  constructor(private readonly doc: Y.Doc) {}

  /** Clocks only grow; an older or reordered ack never takes back a newer one. */
  ack(clocks: readonly SavedClock[]): void {
    for (const { clientId, clock } of clocks) {
      if (clock > (this.acked.get(clientId) ?? 0)) this.acked.set(clientId, clock);
    }
  }

  hasUnsaved(): boolean {
    const id = this.doc.clientID;
    return (this.acked.get(id) ?? 0) < Y.getState(this.doc.store, id);
  }

  /** What to show: offline with unsaved edits is "not saved", not "saving". */
  state(connected: boolean): SavedState {
    if (!this.hasUnsaved()) return 'saved';
    return connected ? 'saving' : 'unsaved';
  }
}
