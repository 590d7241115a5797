/**
 * Dot voting on a board. The facilitator's wall writes the round (`doc.getMap('voting')`, key
 * `round`: one plain object, replaced whole so a round never mixes fields of two); each
 * participant writes their own votes (`doc.getMap('votes')`, one entry per vote under a key
 * that names the round, the voter and a slot, so two people never write the same key).
 * Nothing here enforces the budget on write: `countVotes` (voteCount.ts) does, on read, the
 * same way in every client. See docs/schema.md, "Dot voting".
 */
import { z } from 'zod';
import * as Y from 'yjs';
import type { ElementKind } from './elements.js';
import { recordVersion, type RawRecord } from './record.js';

export const VOTING_MAP = 'voting';
export const VOTES_MAP = 'votes';
const ROUND_KEY = 'round';

/** Layout version of the round record and of a vote; a reader skips newer ones. */
export const VOTING_VERSION = 0;

/** What a round runs over: one group's board now; a combined list of every group later. */
export const votingScopes = ['group'] as const;
export type VotingScope = (typeof votingScopes)[number];

export const MAX_VOTES_PER_PERSON = 20;
export const DEFAULT_VOTES_PER_PERSON = 3;

/** What can be voted on: the cards and the actors, not lines, drawings, zones or free text. */
export const votableKinds: ReadonlySet<ElementKind> = new Set<ElementKind>(['enabler', 'obstacle', 'note', 'actor']);

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

const roundSchema = z.object({
  id: z.string().regex(idPattern),
  votesPerPerson: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
  open: z.boolean(),
  startedAt: z.number(),
  endedAt: z.number().optional(),
  scope: z.enum(votingScopes),
});

export type VotingRound = z.infer<typeof roundSchema>;

const voteSchema = z.object({ item: z.string().min(1) });

export interface Vote {
  round: string;
  voter: string;
  /** The voter's own numbering of their votes; the budget counts the lowest slots. */
  slot: number;
  /** Id of the element voted for (in a combined round, a `<room>/<elementId>`). */
  item: string;
}

/** `<round>:<voter>:<slot>`; the slot is a decimal of at most four digits. */
const voteKeyPattern = /^([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{1,64}):(\d{1,4})$/;

export function voteKey(round: string, voter: string, slot: number): string {
  return `${round}:${voter}:${slot}`;
}

export function isVoterId(value: string): boolean {
  return idPattern.test(value);
}

function parseVersioned<T>(value: unknown, schema: z.ZodType<T>): T | null {
  if (typeof value !== 'object' || value === null) return null;
  if (recordVersion(value as RawRecord) > VOTING_VERSION) return null;
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

export function parseVotingRound(value: unknown): VotingRound | null {
  return parseVersioned(value, roundSchema);
}

/** A vote from its key and stored value; null for anything malformed. */
export function parseVote(key: string, value: unknown): Vote | null {
  const match = voteKeyPattern.exec(key);
  const parsed = match ? parseVersioned(value, voteSchema) : null;
  if (!match || !parsed) return null;
  return { round: match[1]!, voter: match[2]!, slot: Number(match[3]), item: parsed.item };
}

export function getVotingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(VOTING_MAP);
}

export function getVotesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(VOTES_MAP);
}

/** The board's current or last round, or null when none was ever started (or it is unreadable). */
export function readVotingRound(doc: Y.Doc): VotingRound | null {
  return parseVotingRound(getVotingMap(doc).get(ROUND_KEY));
}

/** Every readable vote of one round. */
export function readVotes(doc: Y.Doc, round: string): Vote[] {
  const votes: Vote[] = [];
  getVotesMap(doc).forEach((value, key) => {
    const vote = parseVote(key, value);
    if (vote?.round === round) votes.push(vote);
  });
  return votes;
}

export interface NewRound {
  id: string;
  votesPerPerson: number;
  startedAt: number;
}

/**
 * Starts a round (the facilitator's wall). Votes of earlier rounds are removed with it: they
 * would never count again, and a board should not grow with every round.
 */
export function startVotingRound(doc: Y.Doc, round: NewRound, origin?: unknown): void {
  const record: VotingRound & { v: number } = { v: VOTING_VERSION, ...round, open: true, scope: 'group' };
  const votes = getVotesMap(doc);
  doc.transact(() => {
    getVotingMap(doc).set(ROUND_KEY, record);
    for (const key of [...votes.keys()]) {
      if (parseVote(key, votes.get(key))?.round !== round.id) votes.delete(key);
    }
  }, origin);
}

/** Ends the open round; its votes stay, so its results stay visible. */
export function endVotingRound(doc: Y.Doc, endedAt: number, origin?: unknown): void {
  const round = readVotingRound(doc);
  if (!round?.open) return;
  doc.transact(() => getVotingMap(doc).set(ROUND_KEY, { v: VOTING_VERSION, ...round, open: false, endedAt }), origin);
}

/** A voter's votes of a round (records, counted or not), in the order the budget counts them. */
export function votesOf(votes: readonly Vote[], voter: string): Vote[] {
  return votes.filter((vote) => vote.voter === voter).sort((a, b) => a.slot - b.slot);
}

/** Adds one vote in the voter's lowest free slot. Whether it counts is countVotes' business. */
export function addVote(doc: Y.Doc, round: string, voter: string, item: string, origin?: unknown): void {
  const taken = new Set(votesOf(readVotes(doc, round), voter).map((vote) => vote.slot));
  let slot = 0;
  while (taken.has(slot)) slot++;
  doc.transact(() => getVotesMap(doc).set(voteKey(round, voter, slot), { item }), origin);
}

/** Takes back the voter's last vote on `item`, so the ones counted first stay counted. */
export function removeVote(doc: Y.Doc, round: string, voter: string, item: string, origin?: unknown): void {
  const last = votesOf(readVotes(doc, round), voter).filter((vote) => vote.item === item).at(-1);
  if (!last) return;
  doc.transact(() => getVotesMap(doc).delete(voteKey(last.round, last.voter, last.slot)), origin);
}
