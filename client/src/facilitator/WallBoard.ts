/**
 * One group's board as the wall sees it: the board's live document through the ordinary
 * BoardConnection, the number of people on it and its dot-voting count. The wall writes
 * nothing but the voting round, and shows no cursor, so it publishes no presence of its own
 * and is not counted as online.
 */
import type { BoardElement, NewRound, VoteTally, VotingRound } from '@samkarta/shared';
import { countVotes, endVotingRound, readElements, readVotes, readVotingRound, startVotingRound, votingCandidates } from '@samkarta/shared';
import { BoardConnection, websocketBase } from '../sync/BoardConnection';

export interface WallBoardSnapshot {
  elements: readonly BoardElement[];
  /** People with presence on the board, the facilitator's own wall excluded. */
  online: number;
  /** The board's current or last voting round, and its count. */
  voting: { round: VotingRound; tally: VoteTally } | null;
}

/**
 * Edits arrive in bursts (a drag is many updates), and 18 busy groups send well over a
 * thousand a second: redrawing each miniature at most this often keeps the wall live within a
 * second of an edit without spending the facilitator's machine on frames nobody reads.
 */
const REDRAW_DELAY_MS = 400;

export class WallBoard {
  /** Also what present mode draws the board from, so presenting opens no second connection. */
  readonly connection: BoardConnection;
  private readonly listeners = new Set<() => void>();
  private snapshot: WallBoardSnapshot = { elements: [], online: 0, voting: null };
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(room: string, token: string) {
    // No copy in IndexedDB: the wall never edits offline, and writing every update of every
    // group's board there would cost more than drawing them.
    this.connection = new BoardConnection(room, websocketBase(window.location), token, { keepLocally: false });
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

  /** Facilitator only (the server drops anyone else's write): one round, the same id on every board. */
  startVoting(round: NewRound): void {
    startVotingRound(this.connection.doc, round);
  }

  endVoting(endedAt: number): void {
    endVotingRound(this.connection.doc, endedAt);
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
    const elements = readElements(doc);
    const round = readVotingRound(doc);
    const voting = round && { round, tally: countVotes(readVotes(doc, round.id), round, votingCandidates(elements)) };
    this.snapshot = { elements, online, voting };
    this.listeners.forEach((listener) => listener());
  };
}
