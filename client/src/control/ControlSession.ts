/**
 * A workshop's control document, live: the broadcast message, the timer, the questions and
 * "bring everyone here", read through the shared schema. Boards and the wall open one each,
 * with their own token; the server lets only the facilitator's write. It publishes no
 * presence (nobody is "on" the control document) and keeps no copy on the device.
 */
import { controlRoomName, readControl, type BringHere, type ControlState } from '@samkarta/shared';
import { ValueStore } from '../editor/ValueStore';
import { BoardConnection, websocketBase } from '../sync/BoardConnection';
import { checkBringHere } from './bringHereCheck';

export class ControlSession {
  readonly connection: BoardConnection;
  readonly state: ValueStore<ControlState>;
  private readonly bringHereListeners = new Set<(bringHere: BringHere) => void>();
  /** The newest bringHere id seen since the first sync (see bringHereCheck.ts). */
  private seenBringHere: string | null | undefined = undefined;
  private readonly unsubscribe: () => void;

  constructor(workshopId: string, token: string) {
    this.connection = new BoardConnection(controlRoomName(workshopId), websocketBase(window.location), token, {
      keepLocally: false,
    });
    this.connection.awareness.setLocalState(null);
    this.state = new ValueStore(readControl(this.connection.doc));
    this.connection.doc.on('update', this.refresh);
    this.unsubscribe = this.connection.subscribe(this.refresh);
  }

  get doc() {
    return this.connection.doc;
  }

  destroy(): void {
    this.unsubscribe();
    this.connection.doc.off('update', this.refresh);
    this.connection.destroy();
    this.bringHereListeners.clear();
  }

  /** Calls `listener` for each "bring everyone here" made while this page is open. */
  onBringHere(listener: (bringHere: BringHere) => void): () => void {
    this.bringHereListeners.add(listener);
    return () => this.bringHereListeners.delete(listener);
  }

  private readonly refresh = (): void => {
    const next = readControl(this.connection.doc);
    this.state.set(next);
    const { seen, follow } = checkBringHere(this.seenBringHere, this.connection.getSnapshot().synced, next.bringHere);
    this.seenBringHere = seen;
    if (follow) this.bringHereListeners.forEach((listener) => listener(follow));
  };
}
