/**
 * Dot voting through a real server: two participants vote past the budget while apart (each
 * offline, then both reconnect), and every client, and a fresh load from the server's store,
 * count the same within the budget. While the workshop is locked a participant's vote is
 * dropped by the server: the facilitator never receives it and a fresh load lacks it.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addVote,
  countVotes,
  createElement,
  getVotesMap,
  readElements,
  readVotes,
  readVotingRound,
  startVotingRound,
  voteKey,
  votingCandidates,
} from '@samkarta/shared';
import { createClient, settle, waitSynced, type TestClient } from '../helpers/clients.js';
import { useTestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/wait.js';
import { api, createWorkshop, type CreatedWorkshop } from '../helpers/workshops.js';

const fixture = useTestServer();

function client(workshop: CreatedWorkshop, token: string): TestClient {
  return createClient(fixture.server.wsUrl, { room: workshop.groups[0]!.room, token, workshopId: workshop.id });
}

/** The count as a plain object, for comparing clients. */
function tally(doc: Y.Doc): { counts: Record<string, number>; used: Record<string, number> } {
  const round = readVotingRound(doc)!;
  const { counts, used } = countVotes(readVotes(doc, round.id), round, votingCandidates(readElements(doc)));
  return { counts: Object.fromEntries(counts), used: Object.fromEntries(used) };
}

async function freshLoad(workshop: CreatedWorkshop): Promise<TestClient> {
  const fresh = client(workshop, workshop.facilitatorToken);
  await waitSynced(fresh);
  return fresh;
}

describe('dot voting through the server', () => {
  it('concurrent over-budget votes from two participants count the same everywhere', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Prioritering', groups: 1 });
    const facilitator = client(workshop, workshop.facilitatorToken);
    const anna = client(workshop, workshop.participantToken);
    const bo = client(workshop, workshop.participantToken);
    await Promise.all([facilitator, anna, bo].map((c) => waitSynced(c)));
    const a = createElement(facilitator.doc, { kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Stuprör' });
    const b = createElement(facilitator.doc, { kind: 'enabler', x: 300, y: 0, w: 180, h: 110, text: 'Gemensam målbild' });
    startVotingRound(facilitator.doc, { id: 'round1', votesPerPerson: 2, startedAt: 0 });
    await waitFor('both participants see the round', () => readVotingRound(anna.doc) !== null && readVotingRound(bo.doc) !== null);

    // Apart from each other, each writes more than the budget: Anna through the ordinary
    // helper three times (slots 0–2), Bo straight into the map, four votes, one of them in
    // Anna's name (slot 3, which nobody else has used).
    anna.provider.disconnect();
    bo.provider.disconnect();
    for (const item of [a, a, b]) addVote(anna.doc, 'round1', 'anna', item);
    bo.doc.transact(() => {
      for (let slot = 0; slot < 3; slot++) getVotesMap(bo.doc).set(voteKey('round1', 'bo', slot), { item: b });
      getVotesMap(bo.doc).set(voteKey('round1', 'anna', 3), { item: b });
    });
    anna.provider.connect();
    bo.provider.connect();

    await waitFor('every client has all seven votes', () =>
      [facilitator, anna, bo].every((c) => getVotesMap(c.doc).size === 7),
    );
    const expected = { counts: { [a]: 2, [b]: 2 }, used: { anna: 2, bo: 2 } };
    for (const c of [facilitator, anna, bo]) expect(tally(c.doc)).toEqual(expected);
    // The server stores an update before it relays it, so what the facilitator has is stored.
    const fresh = await freshLoad(workshop);
    expect(getVotesMap(fresh.doc).size).toBe(7);
    expect(tally(fresh.doc)).toEqual(expected);
  });

  it('drops a locked participant’s vote', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Låst', groups: 1 });
    const facilitator = client(workshop, workshop.facilitatorToken);
    const anna = client(workshop, workshop.participantToken);
    await Promise.all([waitSynced(facilitator), waitSynced(anna)]);
    const a = createElement(facilitator.doc, { kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Stuprör' });
    startVotingRound(facilitator.doc, { id: 'round1', votesPerPerson: 3, startedAt: 0 });
    await waitFor('Anna sees the round', () => readVotingRound(anna.doc) !== null);
    addVote(anna.doc, 'round1', 'anna', a);
    await waitFor('the facilitator has the open vote', () => tally(facilitator.doc).counts[a] === 1);

    const lock = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/lock`, {
      token: workshop.facilitatorToken,
      body: { locked: true },
    });
    expect(lock.status).toBe(200);
    await waitFor('Anna is told she is read-only', () => anna.accessModes.includes('readOnlyLocked'));
    addVote(anna.doc, 'round1', 'anna', a);
    expect(tally(anna.doc).counts[a]).toBe(2);
    await settle(anna, facilitator, facilitator, 'after-locked-vote');
    expect(tally(facilitator.doc).counts[a]).toBe(1);
    const fresh = await freshLoad(workshop);
    expect(getVotesMap(fresh.doc).size).toBe(1);
    expect(tally(fresh.doc).counts[a]).toBe(1);
  });
});
