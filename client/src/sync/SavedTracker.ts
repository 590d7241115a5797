/**
 * Whether this device's edits are durable on the server. The relay acknowledges with
 * messageSaved: for each Yjs client id the connection owns, the room's clock for it once the
 * connection's updates were committed. Our edits are saved when that clock has reached our
 * own, i.e. acked(doc.clientID) >= Y.getState(doc.store, doc.clientID). Offline, edits kept
 * in this browser's IndexedDB survive a reload and go to the server on reconnect: "local".
 */
import type { SavedClock } from '@samkarta/shared';
import * as Y from 'yjs';

export type SavedState = 'saved' | 'saving' | 'local' | 'unsaved';

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

  /**
   * What to show: offline with unsaved edits is "saved on this device" when the board is
   * kept locally, else "not saved"; never "saving".
   */
  state(connected: boolean, keptLocally = false): SavedState {
    if (!this.hasUnsaved()) return 'saved';
    if (connected) return 'saving';
    return keptLocally ? 'local' : 'unsaved';
  }
}
