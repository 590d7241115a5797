/**
 * The one count of a dot-voting round, run alike by every client, the wall and the tests.
 * The budget is enforced here rather than on write: for each voter only their first
 * `votesPerPerson` votes count, in slot order, so a client that writes more (tampered, or two
 * tabs racing) changes no one's counts. A vote for something that is not a candidate (a card
 * deleted since) neither counts nor uses budget: the voter may spend it elsewhere.
 */
import type { BoardElement } from './elements.js';
import { votableKinds, type Vote, type VotingRound } from './voting.js';

export interface VoteTally {
  /** Counted votes per candidate; candidates without votes are absent. */
  counts: ReadonlyMap<string, number>;
  /** Counted votes per voter. */
  used: ReadonlyMap<string, number>;
  /** Each voter's counted votes per candidate. */
  byVoter: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * `votes` may hold votes of any round; only `round`'s count. `candidates` are the ids that may
 * receive votes: a group's votable elements now, a list drawn from every group in a combined
 * round. Nothing depends on where the votes came from, so any client with the same votes
 * gets the same tally.
 */
export function countVotes(
  votes: Iterable<Vote>,
  round: Pick<VotingRound, 'id' | 'votesPerPerson'>,
  candidates: ReadonlySet<string>,
): VoteTally {
  const perVoter = new Map<string, Vote[]>();
  for (const vote of votes) {
    if (vote.round !== round.id || !candidates.has(vote.item)) continue;
    const list = perVoter.get(vote.voter);
    if (list) list.push(vote);
    else perVoter.set(vote.voter, [vote]);
  }
  const counts = new Map<string, number>();
  const used = new Map<string, number>();
  const byVoter = new Map<string, Map<string, number>>();
  for (const [voter, list] of perVoter) {
    // Slots are unique per voter (they are part of the key), so this order is total.
    const counted = list.sort((a, b) => a.slot - b.slot).slice(0, round.votesPerPerson);
    const mine = new Map<string, number>();
    for (const { item } of counted) {
      counts.set(item, (counts.get(item) ?? 0) + 1);
      mine.set(item, (mine.get(item) ?? 0) + 1);
    }
    used.set(voter, counted.length);
    byVoter.set(voter, mine);
  }
  return { counts, used, byVoter };
}

/** A group board's candidates: its readable cards and actors. */
export function votingCandidates(elements: Iterable<BoardElement>): Set<string> {
  const ids = new Set<string>();
  for (const element of elements) if (votableKinds.has(element.kind)) ids.add(element.id);
  return ids;
}

/** Candidates with votes, most first; ties in a fixed order (by id) so every list agrees. */
export function rankedByVotes(counts: ReadonlyMap<string, number>): { id: string; votes: number }[] {
  return [...counts]
    .map(([id, votes]) => ({ id, votes }))
    .sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
