/**
 * One group's board as the wall sees it: the board's live document through the ordinary
 * BoardConnection, read only, and the number of people on it. The wall never writes and
 * shows no cursor, so it publishes no presence of its own and is not counted as online.
 */
import type { BoardElement } from '@samkarta/shared';
import { readElements } from '@samkarta/shared';
import { BoardConnection, websocketBase } from '../sync/BoardConnection';

export interface WallBoardSnapshot {
  elements: readonly BoardElement[];
  /** People with presence on the board, the facilitator's own wall excluded. */
  online: number;
}

/** Edits arrive in bursts (a drag is many updates); one redraw per burst is enough. */
const REDRAW_DELAY_MS = 150;

export class WallBoard {
  private readonly connection: BoardConnection;
  private readonly listeners = new Set<() => void>();
  private snapshot: WallBoardSnapshot = { elements: [], online: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(room: string, token: string) {
    this.connection = new BoardConnection(room, websocketBase(window.location), token);
    this.connection.awareness.setLocalState(null);
    this.connection.doc.on('update', this.schedule);
    this.connection.awareness.on('change', this.schedule);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.connection.doc.off('update', this.schedule);
    this.connection.awareness.off('change', this.schedule);
    this.connection.destroy();
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WallBoardSnapshot => this.snapshot;

  private readonly schedule = (): void => {
    this.timer ??= setTimeout(this.refresh, REDRAW_DELAY_MS);
  };

  private readonly refresh = (): void => {
    this.timer = null;
    const { doc, awareness } = this.connection;
    let online = 0;
    awareness.getStates().forEach((state, clientId) => {
      if (clientId !== doc.clientID && Object.keys(state).length > 0) online++;
    });
    this.snapshot = { elements: readElements(doc), online };
    this.listeners.forEach((listener) => listener());
  };
}
