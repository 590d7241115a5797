/**
 * Versions of a board through the API, against a real server and plain-yjs writers: named and
 * automatic versions, read back as JSON and as a Yjs update, restored live and undone, who may
 * do what, and closing a workshop.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardAccess } from '../helpers/boards.js';
import { createClient, waitStored, waitSynced, type TestClient } from '../helpers/clients.js';
import { addCard, cardTexts } from '../helpers/plainElements.js';
import { useTestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/wait.js';
import { api, createWorkshop } from '../helpers/workshops.js';

// A short interval, so the automatic version after edits shows within a test.
const fixture = useTestServer({ autoVersionMs: 1_500 });

interface Version {
  id: string;
  label: string;
  createdAt: number;
  auto: boolean;
  author: string | null;
  elementCount: number;
}

async function workshopBoard(groups = 1) {
  const workshop = await createWorkshop(fixture.server.url, { title: 'Versioner', groups });
  const group = workshop.groups[0] as { room: string };
  const board = (token: string): BoardAccess => ({ room: group.room, token, workshopId: workshop.id });
  return { workshop, room: group.room, facilitator: board(workshop.facilitatorToken), participant: board(workshop.participantToken), viewer: board(workshop.viewerToken) };
}

async function listVersions(room: string, token: string): Promise<Version[]> {
  const response = await api(fixture.server.url, 'GET', `/api/boards/${room}/versions`, { token });
  expect(response.status).toBe(200);
  return response.body['versions'] as Version[];
}

/** A stock client on the board, synced. */
async function connected(board: BoardAccess): Promise<TestClient> {
  const client = createClient(fixture.server.wsUrl, board);
  await waitSynced(client);
  return client;
}

describe('versions', () => {
  it('saves a named version, lists it, and reads it as JSON and as a Yjs update', async () => {
    const { room, participant } = await workshopBoard();
    const writer = await connected(participant);
    addCard(writer.doc, 'h1', 'obstacle', 'Brist på finansiering');
    addCard(writer.doc, 'f1', 'enabler', 'Tydligt ledarskap');
    await waitStored(writer);

    const saved = await api(fixture.server.url, 'POST', `/api/boards/${room}/versions`, {
      token: participant.token,
      body: { label: '  Efter första rundan ', author: 'Anna' },
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ label: 'Efter första rundan', auto: false, author: 'Anna' });
    expect(typeof saved.body['id']).toBe('string');

    const versions = await listVersions(room, participant.token);
    expect(versions[0]).toMatchObject({ id: saved.body['id'], label: 'Efter första rundan', auto: false, elementCount: 2 });

    const json = await api(fixture.server.url, 'GET', `/api/boards/${room}/versions/${String(saved.body['id'])}`, { token: participant.token });
    expect(json.status).toBe(200);
    const elements = json.body['elements'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(elements).sort()).toEqual(['f1', 'h1']);
    expect(elements['h1']).toMatchObject({ kind: 'obstacle', text: 'Brist på finansiering', x: 100 });

    const binary = await fetch(`${fixture.server.url}/api/boards/${room}/versions/${String(saved.body['id'])}`, {
      headers: { authorization: `Bearer ${participant.token}`, accept: 'application/octet-stream' },
    });
    expect(binary.status).toBe(200);
    expect(binary.headers.get('content-type')).toContain('application/octet-stream');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await binary.arrayBuffer()));
    expect(cardTexts(doc)).toEqual({ h1: 'Brist på finansiering', f1: 'Tydligt ledarskap' });
  });

  it('refuses empty and long labels, viewers, and unknown versions', async () => {
    const { room, viewer, participant } = await workshopBoard();
    const post = (token: string, label: string) => api(fixture.server.url, 'POST', `/api/boards/${room}/versions`, { token, body: { label } });
    expect((await post(participant.token, '   ')).status).toBe(400);
    expect((await post(participant.token, 'x'.repeat(121))).status).toBe(400);
    expect((await post(participant.token, ` ${'x'.repeat(120)} `)).status).toBe(201);
    const byViewer = await post(viewer.token, 'Tittare');
    expect(byViewer.status).toBe(403);
    expect(String(byViewer.body['error'])).toContain('viewer');
    expect((await api(fixture.server.url, 'POST', `/api/boards/${room}/versions`, { body: { label: 'Ingen' } })).status).toBe(401);
    const versions = await listVersions(room, viewer.token);
    expect(versions.map((version) => version.label)).toEqual(['x'.repeat(120)]);
    const id = versions[0]?.id as string;
    expect((await api(fixture.server.url, 'POST', `/api/boards/${room}/versions/${id}/restore`, { token: viewer.token })).status).toBe(403);
    expect((await api(fixture.server.url, 'GET', `/api/boards/${room}/versions/nosuchversion`, { token: viewer.token })).status).toBe(404);
    expect((await api(fixture.server.url, 'POST', `/api/boards/${room}/versions/nosuchversion/restore`, { token: participant.token })).status).toBe(404);
  });

  it('restores a version live for everyone connected, and the restore can be undone', async () => {
    const { room, participant, facilitator } = await workshopBoard();
    const writer = await connected(participant);
    const watcher = await connected(facilitator);
    addCard(writer.doc, 'h1', 'obstacle', 'Brist på finansiering');
    addCard(writer.doc, 'f1', 'enabler', 'Tydligt ledarskap');
    await waitStored(writer);
    const named = await api(fixture.server.url, 'POST', `/api/boards/${room}/versions`, { token: participant.token, body: { label: 'Före ändringar' } });
    const versionId = String(named.body['id']);

    // After the version: one card added, one deleted, one edited and moved.
    addCard(writer.doc, 'h2', 'obstacle', 'Silotänkande');
    writer.doc.getMap('elements').delete('f1');
    writer.doc.transact(() => {
      const card = writer.doc.getMap<Y.Map<unknown>>('elements').get('h1') as Y.Map<unknown>;
      (card.get('text') as Y.Text).insert(0, 'Stor ');
      card.set('x', 500);
    });
    await waitStored(writer);
    await waitFor('watcher has the edits', () => cardTexts(watcher.doc)['h2'] === 'Silotänkande');

    const restored = await api(fixture.server.url, 'POST', `/api/boards/${room}/versions/${versionId}/restore`, { token: participant.token });
    expect(restored.status).toBe(200);
    expect(restored.body['restored']).toBe(versionId);
    const savedId = String(restored.body['saved']);

    const expected = { h1: 'Brist på finansiering', f1: 'Tydligt ledarskap' };
    await waitFor('watcher sees the restore live', () => JSON.stringify(cardTexts(watcher.doc)) === JSON.stringify(cardTexts(writer.doc)) && cardTexts(watcher.doc)['h2'] === undefined);
    expect(cardTexts(watcher.doc)).toEqual(expected);
    expect((watcher.doc.getMap<Y.Map<unknown>>('elements').get('h1') as Y.Map<unknown>).get('x')).toBe(100);

    const fresh = await connected(facilitator);
    expect(cardTexts(fresh.doc)).toEqual(expected);

    const versions = await listVersions(room, participant.token);
    expect(versions[0]).toMatchObject({ id: savedId, auto: true, label: 'restore', elementCount: 2 });

    // Undone: restoring the version saved just before brings the changed board back.
    const undo = await api(fixture.server.url, 'POST', `/api/boards/${room}/versions/${savedId}/restore`, { token: participant.token });
    expect(undo.status).toBe(200);
    await waitFor('watcher sees the undo', () => cardTexts(watcher.doc)['h2'] === 'Silotänkande');
    expect(cardTexts(watcher.doc)).toEqual({ h1: 'Stor Brist på finansiering', h2: 'Silotänkande' });
    const later = await connected(facilitator);
    expect(cardTexts(later.doc)).toEqual({ h1: 'Stor Brist på finansiering', h2: 'Silotänkande' });
  });

  it('restores a board nobody has open', async () => {
    const { room, participant } = await workshopBoard();
    const writer = await connected(participant);
    addCard(writer.doc, 'h1', 'obstacle', 'Kort tid');
    await waitStored(writer);
    const named = await api(fixture.server.url, 'POST', `/api/boards/${room}/versions`, { token: participant.token, body: { label: 'Ett kort' } });
    addCard(writer.doc, 'h2', 'obstacle', 'Ett till');
    await waitStored(writer);
    writer.destroy();
    const restored = await api(fixture.server.url, 'POST', `/api/boards/${room}/versions/${String(named.body['id'])}/restore`, { token: participant.token });
    expect(restored.status).toBe(200);
    const fresh = await connected(participant);
    expect(cardTexts(fresh.doc)).toEqual({ h1: 'Kort tid' });
  });

  it('saves automatic versions after edits, when the last person leaves, and never for an unchanged board', async () => {
    const { room, participant } = await workshopBoard();
    const writer = await connected(participant);
    addCard(writer.doc, 'h1', 'obstacle', 'Långa beslutsvägar');
    await waitStored(writer);
    await waitFor('interval version', async () => (await listVersions(room, participant.token)).some((v) => v.label === 'interval'), { timeoutMs: 8_000 });
    const afterInterval = await listVersions(room, participant.token);
    expect(afterInterval.find((v) => v.label === 'interval')).toMatchObject({ auto: true, author: null, elementCount: 1 });

    addCard(writer.doc, 'h2', 'obstacle', 'Otydliga roller');
    await waitStored(writer);
    writer.destroy();
    await waitFor('version on leaving', async () => (await listVersions(room, participant.token)).some((v) => v.label === 'left'));
    expect((await listVersions(room, participant.token)).find((v) => v.label === 'left')).toMatchObject({ elementCount: 2 });

    // Opened and left without an edit: nothing new to keep.
    const count = (await listVersions(room, participant.token)).length;
    const visitor = await connected(participant);
    visitor.destroy();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await listVersions(room, participant.token)).length).toBe(count);
  });
});

describe('closing a workshop', () => {
  it('makes boards read-only for participants, keeps them readable, versions them, and reopens', async () => {
    const { workshop, room, participant, facilitator, viewer } = await workshopBoard(2);
    const writer = await connected(participant);
    addCard(writer.doc, 'h1', 'obstacle', 'Brist på tid');
    await waitStored(writer);

    const byParticipant = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/close`, { token: participant.token, body: { closed: true } });
    expect(byParticipant.status).toBe(403);
    const closed = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/close`, { token: workshop.facilitatorToken, body: { closed: true } });
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual({ closed: true });

    // The board that changed got a version; the untouched one did not.
    expect((await listVersions(room, viewer.token)).map((v) => v.label)).toContain('closed');
    const other = (workshop.groups[1] as { room: string }).room;
    expect(await listVersions(other, viewer.token)).toEqual([]);

    await waitFor('participant told it is read-only', () => writer.accessModes.includes('readOnlyClosed'));
    addCard(writer.doc, 'h2', 'obstacle', 'Skrivet efter stängning');
    const facilitatorClient = await connected(facilitator);
    addCard(facilitatorClient.doc, 'f1', 'enabler', 'Facilitatorn skriver');
    await waitStored(facilitatorClient);
    const fresh = await connected(viewer);
    await waitFor('facilitator edit visible', () => cardTexts(fresh.doc)['f1'] !== undefined);
    expect(cardTexts(fresh.doc)).toEqual({ h1: 'Brist på tid', f1: 'Facilitatorn skriver' });

    const refusedVersion = await api(fixture.server.url, 'POST', `/api/boards/${room}/versions`, { token: participant.token, body: { label: 'Stängd' } });
    expect(refusedVersion.status).toBe(403);
    expect(String(refusedVersion.body['error'])).toContain('closed');

    const joined = await api(fixture.server.url, 'POST', '/api/join', { body: { code: workshop.joinCode } });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ title: 'Versioner', closed: true });
    const info = await api(fixture.server.url, 'GET', `/api/workshops/${workshop.id}`, { token: workshop.facilitatorToken });
    expect(info.body['closed']).toBe(true);

    const reopened = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/close`, { token: workshop.facilitatorToken, body: { closed: false } });
    expect(reopened.body).toEqual({ closed: false });
    await waitFor('participant writes again', () => writer.accessModes.at(-1) === 'readWrite');
    const again = await connected(participant);
    addCard(again.doc, 'h3', 'obstacle', 'Efter återöppning');
    await waitStored(again);
    const check = await connected(viewer);
    await waitFor('reopened edit visible', () => cardTexts(check.doc)['h3'] !== undefined);
    expect(cardTexts(check.doc)['h2']).toBeUndefined();
  });

  it('versions the changed boards when the facilitator locks the workshop', async () => {
    const { workshop, room, participant } = await workshopBoard();
    const writer = await connected(participant);
    addCard(writer.doc, 'h1', 'obstacle', 'Låst snart');
    await waitStored(writer);
    const locked = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/lock`, { token: workshop.facilitatorToken, body: { locked: true } });
    expect(locked.status).toBe(200);
    expect((await listVersions(room, participant.token))[0]).toMatchObject({ label: 'locked', auto: true, elementCount: 1 });
  });
});

describe('GET /api/boards/:id', () => {
  it('answers when the board last changed', async () => {
    const { room, participant } = await workshopBoard();
    const before = await api(fixture.server.url, 'GET', `/api/boards/${room}`, { token: participant.token });
    const createdAt = before.body['createdAt'] as number;
    expect(before.body['updatedAt']).toBe(createdAt);
    const started = Date.now();
    const writer = await connected(participant);
    addCard(writer.doc, 'h1', 'obstacle', 'Ändrad');
    await waitStored(writer);
    const after = await api(fixture.server.url, 'GET', `/api/boards/${room}`, { token: participant.token });
    expect(after.body['updatedAt'] as number).toBeGreaterThanOrEqual(started);
  });
});
