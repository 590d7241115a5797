import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readElements } from './elements.js';
import { countVotes, rankedByVotes, votingCandidates } from './voteCount.js';
import {
  addVote,
  endVotingRound,
  getVotesMap,
  parseVote,
  parseVotingRound,
  readVotes,
  readVotingRound,
  removeVote,
  startVotingRound,
  voteKey,
  type Vote,
} from './voting.js';
import { createElement, deleteElements } from './write.js';

const card = (text: string) => ({ kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text }) as const;

function boardWithCards(doc = new Y.Doc()): { doc: Y.Doc; a: string; b: string } {
  const a = createElement(doc, card('Stuprör'));
  const b = createElement(doc, card('Otydliga mandat'));
  return { doc, a, b };
}

function tally(doc: Y.Doc) {
  const round = readVotingRound(doc)!;
  return countVotes(readVotes(doc, round.id), round, votingCandidates(readElements(doc)));
}

/** Writes a vote the way a client that ignores the budget would: straight into the map. */
function rawVote(doc: Y.Doc, round: string, voter: string, slot: number, item: string): void {
  getVotesMap(doc).set(voteKey(round, voter, slot), { item });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('the voting round record', () => {
  it('starts open, ends with its time, and a second end changes nothing', () => {
    const doc = new Y.Doc();
    expect(readVotingRound(doc)).toBeNull();
    startVotingRound(doc, { id: 'r1', votesPerPerson: 3, startedAt: 1000 });
    expect(readVotingRound(doc)).toEqual({ id: 'r1', votesPerPerson: 3, open: true, startedAt: 1000, scope: 'group' });
    endVotingRound(doc, 2000);
    endVotingRound(doc, 3000);
    expect(readVotingRound(doc)).toMatchObject({ id: 'r1', open: false, endedAt: 2000 });
  });

  it('skips a broken or newer round rather than misreading it', () => {
    const good = { id: 'r1', votesPerPerson: 3, open: true, startedAt: 0, scope: 'group' };
    expect(parseVotingRound(good)).toEqual(good);
    expect(parseVotingRound({ ...good, votesPerPerson: 0 })).toBeNull();
    expect(parseVotingRound({ ...good, votesPerPerson: 2.5 })).toBeNull();
    expect(parseVotingRound({ ...good, scope: 'universe' })).toBeNull();
    expect(parseVotingRound({ ...good, id: 'has:colon' })).toBeNull();
    expect(parseVotingRound({ ...good, v: 1 })).toBeNull();
    expect(parseVotingRound('r1')).toBeNull();
    expect(parseVotingRound(null)).toBeNull();
  });

  it('reads a vote from its key; malformed keys and values are skipped', () => {
    expect(parseVote('r1:anna:2', { item: 'c1' })).toEqual({ round: 'r1', voter: 'anna', slot: 2, item: 'c1' });
    expect(parseVote('r1:anna', { item: 'c1' })).toBeNull();
    expect(parseVote('r1:anna:-1', { item: 'c1' })).toBeNull();
    expect(parseVote('r1:anna:12345', { item: 'c1' })).toBeNull();
    expect(parseVote('r1:anna:0', { item: '' })).toBeNull();
    expect(parseVote('r1:anna:0', 'c1')).toBeNull();
    expect(parseVote('r1:anna:0', { item: 'c1', v: 9 })).toBeNull();
  });

  it('a new round removes the votes of earlier rounds', () => {
    const { doc, a } = boardWithCards();
    startVotingRound(doc, { id: 'r1', votesPerPerson: 3, startedAt: 0 });
    addVote(doc, 'r1', 'anna', a);
    startVotingRound(doc, { id: 'r2', votesPerPerson: 3, startedAt: 1 });
    addVote(doc, 'r2', 'anna', a);
    expect([...getVotesMap(doc).keys()]).toEqual([voteKey('r2', 'anna', 0)]);
  });
});

describe('countVotes', () => {
  it('counts several votes on one card and takes the last one back', () => {
    const { doc, a, b } = boardWithCards();
    startVotingRound(doc, { id: 'r1', votesPerPerson: 3, startedAt: 0 });
    addVote(doc, 'r1', 'anna', a);
    addVote(doc, 'r1', 'anna', a);
    addVote(doc, 'r1', 'bo', b);
    expect(tally(doc).counts).toEqual(new Map([[a, 2], [b, 1]]));
    expect(tally(doc).used.get('anna')).toBe(2);
    removeVote(doc, 'r1', 'anna', a);
    expect(tally(doc).counts.get(a)).toBe(1);
    expect(tally(doc).byVoter.get('anna')).toEqual(new Map([[a, 1]]));
    // Taking a vote back frees its slot, which the next vote fills.
    addVote(doc, 'r1', 'anna', b);
    expect(readVotes(doc, 'r1').filter((vote) => vote.voter === 'anna').map((vote) => vote.slot).sort()).toEqual([0, 1]);
  });

  it('ignores votes over the budget whatever order they arrive in', () => {
    const votes: Vote[] = [0, 1, 2, 3, 4].map((slot) => ({ round: 'r1', voter: 'mallory', slot, item: slot < 2 ? 'a' : 'b' }));
    votes.push({ round: 'r1', voter: 'anna', slot: 0, item: 'b' });
    const candidates = new Set(['a', 'b']);
    const expected = countVotes(votes, { id: 'r1', votesPerPerson: 2 }, candidates);
    expect(expected.counts).toEqual(new Map([['a', 2], ['b', 1]]));
    expect(expected.used.get('mallory')).toBe(2);
    for (let seed = 1; seed <= 20; seed++) {
      expect(countVotes(shuffled(votes, seed), { id: 'r1', votesPerPerson: 2 }, candidates)).toEqual(expected);
    }
  });

  it('two documents merging concurrent over-budget votes agree on the counts', () => {
    const left = boardWithCards();
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left.doc));
    startVotingRound(left.doc, { id: 'r1', votesPerPerson: 2, startedAt: 0 });
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left.doc));
    // The same voter in two tabs, each within budget alone: four votes in slots 0 and 1 twice,
    // so the keys collide and the documents keep one vote per slot, the same one on both sides.
    addVote(left.doc, 'r1', 'anna', left.a);
    addVote(left.doc, 'r1', 'anna', left.a);
    addVote(right, 'r1', 'anna', left.b);
    addVote(right, 'r1', 'anna', left.b);
    // A tampered client on each side writing far past the budget in fresh slots.
    for (let slot = 0; slot < 6; slot++) rawVote(left.doc, 'r1', 'mallory', slot, left.a);
    for (let slot = 6; slot < 12; slot++) rawVote(right, 'r1', 'mallory', slot, left.b);
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left.doc));
    Y.applyUpdate(left.doc, Y.encodeStateAsUpdate(right));
    const counts = tally(left.doc);
    expect(tally(right)).toEqual(counts);
    expect(counts.used).toEqual(new Map([['anna', 2], ['mallory', 2]]));
    expect([...counts.counts.values()].reduce((sum, n) => sum + n, 0)).toBe(4);
    // mallory's lowest slots were on a, so those count, wherever they were written.
    expect(counts.byVoter.get('mallory')).toEqual(new Map([[left.a, 2]]));
  });

  it('votes on a deleted card neither count nor use budget; back they come with the card', () => {
    const { doc, a, b } = boardWithCards();
    startVotingRound(doc, { id: 'r1', votesPerPerson: 2, startedAt: 0 });
    addVote(doc, 'r1', 'anna', a);
    addVote(doc, 'r1', 'anna', b);
    const snapshot = Y.encodeStateAsUpdate(doc);
    deleteElements(doc, [a]);
    expect(tally(doc).counts).toEqual(new Map([[b, 1]]));
    expect(tally(doc).used.get('anna')).toBe(1);
    addVote(doc, 'r1', 'anna', b);
    expect(tally(doc).counts).toEqual(new Map([[b, 2]]));
    // The same votes with the card still there: the lowest slots win, the newest vote waits.
    const restored = new Y.Doc();
    Y.applyUpdate(restored, snapshot);
    addVote(restored, 'r1', 'anna', b);
    expect(tally(restored).counts).toEqual(new Map([[a, 1], [b, 1]]));
  });

  it('counts only the round asked for, over any list of candidates', () => {
    const votes: Vote[] = [
      { round: 'old', voter: 'anna', slot: 0, item: 'g1/a' },
      { round: 'r1', voter: 'anna', slot: 0, item: 'g1/a' },
      { round: 'r1', voter: 'bo', slot: 0, item: 'g2/c' },
      { round: 'r1', voter: 'bo', slot: 1, item: 'g2/gone' },
    ];
    const { counts } = countVotes(votes, { id: 'r1', votesPerPerson: 3 }, new Set(['g1/a', 'g2/c']));
    expect(counts).toEqual(new Map([['g1/a', 1], ['g2/c', 1]]));
  });

  it('only cards and actors are candidates', () => {
    const doc = new Y.Doc();
    const obstacle = createElement(doc, card('Stuprör'));
    const actor = createElement(doc, { kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'kommun', label: 'Örebro' });
    createElement(doc, { kind: 'zone', x: 0, y: 0, w: 600, h: 400, label: 'Regional' });
    expect(votingCandidates(readElements(doc))).toEqual(new Set([obstacle, actor]));
  });

  it('ranks by votes, ties by id', () => {
    expect(rankedByVotes(new Map([['b', 1], ['c', 3], ['a', 1]]))).toEqual([
      { id: 'c', votes: 3 },
      { id: 'a', votes: 1 },
      { id: 'b', votes: 1 },
    ]);
  });
});
