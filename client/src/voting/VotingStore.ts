/**
 * The board's dot-voting state for React: the round, and the shared count of its votes over
 * the board's current cards and actors. Recounted when a vote, the round or the set of
 * elements changes (not when something merely moves). Also the one place the board page
 * casts and takes back this person's votes, within what the count allows.
 */
import {
  addVote,
  countVotes,
  getVotesMap,
  getVotingMap,
  readVotes,
  readVotingRound,
  removeVote,
  votableKinds,
  votingCandidates,
  type BoardElement,
  type VoteTally,
  type VotingRound,
} from '@samkarta/shared';
import type { Editor } from '../editor/Editor';

export interface VotingSnapshot {
  round: VotingRound | null;
  tally: VoteTally;
  /** Votes this person may still cast in the open round (0 when none is open). */
  remaining: number;
}

const emptyTally: VoteTally = { counts: new Map(), used: new Map(), byVoter: new Map() };

export class VotingStore {
  private readonly listeners = new Set<() => void>();
  private snapshot: VotingSnapshot;
  private readonly unsubscribe: () => void;

  constructor(private readonly editor: Editor, readonly voter: string) {
    const { doc, store } = editor;
    this.snapshot = this.compute();
    const voting = getVotingMap(doc);
    const votes = getVotesMap(doc);
    voting.observe(this.refresh);
    votes.observe(this.refresh);
    const stopOrder = store.subscribeOrder(this.refresh);
    this.unsubscribe = () => {
      voting.unobserve(this.refresh);
      votes.unobserve(this.refresh);
      stopOrder();
    };
  }

  destroy(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): VotingSnapshot => this.snapshot;

  /** Whether this person can vote at all now: a round is open and the server takes our writes. */
  canVote(): boolean {
    return this.snapshot.round?.open === true && !this.editor.isReadOnly();
  }

  vote(item: string): void {
    const { round, remaining } = this.snapshot;
    if (!round || !this.canVote() || remaining <= 0 || !this.isCandidate(item)) return;
    addVote(this.editor.doc, round.id, this.voter, item, this.editor.origin);
  }

  unvote(item: string): void {
    const { round } = this.snapshot;
    if (!round || !this.canVote()) return;
    removeVote(this.editor.doc, round.id, this.voter, item, this.editor.origin);
  }

  private isCandidate(item: string): boolean {
    const element = this.editor.store.get(item);
    return element !== undefined && votableKinds.has(element.kind);
  }

  private readonly refresh = (): void => {
    this.snapshot = this.compute();
    this.listeners.forEach((listener) => listener());
  };

  private compute(): VotingSnapshot {
    const { doc, store } = this.editor;
    const round = readVotingRound(doc);
    if (!round) return { round, tally: emptyTally, remaining: 0 };
    const elements = store.getOrder().flatMap((id): BoardElement[] => {
      const element = store.get(id);
      return element ? [element] : [];
    });
    const tally = countVotes(readVotes(doc, round.id), round, votingCandidates(elements));
    const remaining = round.open ? round.votesPerPerson - (tally.used.get(this.voter) ?? 0) : 0;
    return { round, tally, remaining };
  }
}
