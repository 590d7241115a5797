/**
 * Roles the server enforces: who may open a board (refused at the upgrade with 401/403), who
 * may write (a viewer's and a locked participant's updates are dropped: never relayed, never
 * stored), rotating the participant access, and the REST calls' own refusals.
 */
import { describe, expect, it } from 'vitest';
import { CloseCode, JOIN_CODE_PATTERN } from '@samkarta/shared';
import { boardSocketUrl } from '../helpers/boards.js';
import type { TestClient } from '../helpers/clients.js';
import { createClient, settle, waitSynced } from '../helpers/clients.js';
import { startTestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';
import type { CreatedWorkshop } from '../helpers/workshops.js';
import { api, createWorkshop, upgradeStatus } from '../helpers/workshops.js';
import { useTestServer } from '../helpers/testServer.js';

const fixture = useTestServer();

function client(workshop: CreatedWorkshop, token: string, group = 0): TestClient {
  return createClient(fixture.server.wsUrl, { room: workshop.groups[group]!.room, token, workshopId: workshop.id });
}

describe('creating', () => {
  it('POST /api/workshops answers tokens, a join code without look-alikes, groups and links', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Vad krävs?', groups: ['Norr', 'Söder', 'Väst'] });
    expect(workshop.joinCode).toMatch(JOIN_CODE_PATTERN);
    expect(workshop.groups.map((group) => group.name)).toEqual(['Norr', 'Söder', 'Väst']);
    expect(new Set([workshop.facilitatorToken, workshop.participantToken, workshop.viewerToken]).size).toBe(3);
    expect(workshop.links.facilitator).toBe(`/w/${workshop.id}#t=${workshop.facilitatorToken}`);
    expect(workshop.links.join).toBe(`/join/${workshop.joinCode}`);
    expect(workshop.links.viewer).toBe(`/w/${workshop.id}#t=${workshop.viewerToken}`);
  });

  it('refuses a bad body with 400 and { error }', async () => {
    for (const body of [{ title: 'x' }, { title: 'x', groups: 0 }, { title: 'x', groups: ['a', 'a'] }, { title: 'x', groups: 2, template: 'nope' }]) {
      const response = await api(fixture.server.url, 'POST', '/api/workshops', { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(typeof response.body['error']).toBe('string');
    }
  });

  it('a lone board from POST /api/boards carries its token in the URL fragment', async () => {
    const response = await api(fixture.server.url, 'POST', '/api/boards', { body: { title: 'Ensam' } });
    expect(response.status).toBe(201);
    const { id, token, url } = response.body as { id: string; token: string; url: string };
    expect(url).toBe(`/b/${id}#t=${token}`);
    expect(await upgradeStatus(boardSocketUrl(fixture.server.wsUrl, { room: id, token }))).toBe(101);
    expect((await api(fixture.server.url, 'GET', `/api/boards/${id}`)).status).toBe(401);
    expect((await api(fixture.server.url, 'GET', `/api/boards/${id}`, { token })).body['title']).toBe('Ensam');
  });
});

describe('the websocket upgrade', () => {
  it('is refused without a token (401), with a forged one (401), with another workshop’s (403)', async () => {
    const a = await createWorkshop(fixture.server.url);
    const b = await createWorkshop(fixture.server.url);
    const room = a.groups[0]!.room;
    expect(await upgradeStatus(`${fixture.server.wsUrl}/${room}`)).toBe(401);
    expect(await upgradeStatus(boardSocketUrl(fixture.server.wsUrl, { room, token: 'forged-token-forged-token' }))).toBe(401);
    expect(await upgradeStatus(boardSocketUrl(fixture.server.wsUrl, { room, token: b.facilitatorToken }))).toBe(403);
    expect(await upgradeStatus(boardSocketUrl(fixture.server.wsUrl, { room, token: b.participantToken }))).toBe(403);
    // Every role of the workshop opens every group's board.
    for (const token of [a.facilitatorToken, a.participantToken, a.viewerToken]) {
      expect(await upgradeStatus(boardSocketUrl(fixture.server.wsUrl, { room: a.groups[1]!.room, token }))).toBe(101);
    }
  });

  it('checks Origin: another site is refused with 403, the same host is let in', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const url = boardSocketUrl(fixture.server.wsUrl, { room: workshop.groups[0]!.room, token: workshop.participantToken });
    expect(await upgradeStatus(url, { origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(url, { origin: fixture.server.url })).toBe(101);
  });

  it('checks Origin against PUBLIC_ORIGINS when they are configured', async () => {
    const other = await startTestServer(fixture.dataDir, { publicOrigins: ['https://samkarta.example'] });
    try {
      const workshop = await createWorkshop(other.url);
      const url = boardSocketUrl(other.wsUrl, { room: workshop.groups[0]!.room, token: workshop.participantToken });
      expect(await upgradeStatus(url, { origin: other.url })).toBe(403);
      expect(await upgradeStatus(url, { origin: 'https://samkarta.example' })).toBe(101);
    } finally {
      await other.close();
    }
  });
});

describe('read-only connections', () => {
  it("drops a viewer's update: a peer never receives it, a fresh load lacks it; presence still works", async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const viewer = client(workshop, workshop.viewerToken);
    const facilitator = client(workshop, workshop.facilitatorToken);
    await Promise.all([waitSynced(viewer), waitSynced(facilitator)]);
    await waitFor('the viewer is told it is read-only', () => viewer.accessModes.includes('readOnlyViewer'));

    viewer.doc.getMap('m').set('viewer-wrote', true);
    await settle(viewer, facilitator, facilitator, 'after-viewer');
    expect(facilitator.doc.getMap('m').get('viewer-wrote')).toBeUndefined();

    const fresh = client(workshop, workshop.participantToken);
    await waitSynced(fresh);
    expect(fresh.doc.getMap('m').get('after-viewer')).toBe(true);
    expect(fresh.doc.getMap('m').get('viewer-wrote')).toBeUndefined();
    // The viewer still reads what others write.
    await waitFor('the viewer has the facilitator’s key', () => viewer.doc.getMap('m').get('after-viewer') === true);
  });

  it('lock makes participants read-only (facilitators are not), unlock lets them write again', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const participant = client(workshop, workshop.participantToken);
    const facilitator = client(workshop, workshop.facilitatorToken);
    await Promise.all([waitSynced(participant), waitSynced(facilitator)]);
    expect(participant.accessModes).toEqual([]);

    const lock = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/lock`, {
      token: workshop.facilitatorToken,
      body: { locked: true },
    });
    expect(lock.status).toBe(200);
    await waitFor('the participant is told', () => participant.accessModes.at(-1) === 'readOnlyLocked');
    participant.doc.getMap('m').set('while-locked', true);
    await settle(participant, facilitator, facilitator, 'facilitator-while-locked');
    expect(facilitator.doc.getMap('m').get('while-locked')).toBeUndefined();

    // A participant who arrives while locked is read-only from the start.
    const late = client(workshop, workshop.participantToken, 1);
    await waitFor('the late participant is told', () => late.accessModes.includes('readOnlyLocked'));

    await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/lock`, {
      token: workshop.facilitatorToken,
      body: { locked: false },
    });
    await waitFor('the participant is told it may write', () => participant.accessModes.at(-1) === 'readWrite');
    // A fresh client: the old one still holds its dropped edit, which a real client never makes.
    const writer = client(workshop, workshop.participantToken);
    await waitSynced(writer);
    writer.doc.getMap('m').set('after-unlock', true);
    await waitFor('the facilitator sees it', () => facilitator.doc.getMap('m').get('after-unlock') === true);
    expect(facilitator.doc.getMap('m').get('while-locked')).toBeUndefined();
  });
});

describe('control calls', () => {
  it('need the facilitator token of that workshop: 401 without, 403 for another role or workshop', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const other = await createWorkshop(fixture.server.url);
    const path = `/api/workshops/${workshop.id}`;
    expect((await api(fixture.server.url, 'GET', path)).status).toBe(401);
    expect((await api(fixture.server.url, 'GET', path, { token: 'forged-token-forged-token' })).status).toBe(401);
    expect((await api(fixture.server.url, 'GET', path, { token: workshop.participantToken })).status).toBe(403);
    expect((await api(fixture.server.url, 'GET', path, { token: other.facilitatorToken })).status).toBe(403);
    expect((await api(fixture.server.url, 'POST', `${path}/rotate`, { token: workshop.viewerToken })).status).toBe(403);
    const lock = await api(fixture.server.url, 'POST', `${path}/lock`, { token: workshop.participantToken, body: { locked: true } });
    expect(lock.status).toBe(403);

    const asViewer = await api(fixture.server.url, 'GET', path, { token: workshop.viewerToken });
    expect(asViewer.status).toBe(200);
    expect(asViewer.body['joinCode'], 'a viewer sees no secrets').toBeUndefined();
    expect(asViewer.body['participantToken']).toBeUndefined();

    const participant = client(workshop, workshop.participantToken, 1);
    await waitSynced(participant);
    const view = await api(fixture.server.url, 'GET', path, { token: workshop.facilitatorToken });
    expect(view.status).toBe(200);
    expect(view.body['groups']).toEqual([
      expect.objectContaining({ name: 'Grupp 1', room: workshop.groups[0]!.room, online: 0 }),
      expect.objectContaining({ name: 'Grupp 2', room: workshop.groups[1]!.room, online: 1 }),
    ]);
  });

  it('rotation closes participants on the old token and the old code and token stop working', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const participant = client(workshop, workshop.participantToken);
    const facilitator = client(workshop, workshop.facilitatorToken);
    const closeCodes: number[] = [];
    participant.provider.on('connection-close', (event) => {
      if (event !== null) closeCodes.push(event.code);
    });
    await Promise.all([waitSynced(participant), waitSynced(facilitator)]);

    const rotated = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/rotate`, { token: workshop.facilitatorToken });
    expect(rotated.status).toBe(200);
    const { joinCode, participantToken } = rotated.body as { joinCode: string; participantToken: string };
    expect(joinCode).not.toBe(workshop.joinCode);
    await waitFor('the participant is closed', () => closeCodes.length > 0);
    expect(closeCodes[0]).toBe(CloseCode.accessRevoked);
    expect(facilitator.provider.wsconnected).toBe(true);

    const room = workshop.groups[0]!.room;
    expect(await upgradeStatus(boardSocketUrl(fixture.server.wsUrl, { room, token: workshop.participantToken }))).toBe(401);
    expect((await api(fixture.server.url, 'POST', '/api/join', { body: { code: workshop.joinCode } })).status).toBe(404);
    const joined = await api(fixture.server.url, 'POST', '/api/join', { body: { code: joinCode.toLowerCase() } });
    expect(joined.status).toBe(200);
    expect(joined.body['participantToken']).toBe(participantToken);
    expect(await upgradeStatus(boardSocketUrl(fixture.server.wsUrl, { room, token: participantToken }))).toBe(101);
  });
});

describe('joining', () => {
  it('answers the participant token and the groups for a code', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Join', groups: ['A', 'B'] });
    const joined = await api(fixture.server.url, 'POST', '/api/join', { body: { code: ` ${workshop.joinCode} ` } });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({
      workshopId: workshop.id,
      participantToken: workshop.participantToken,
      groups: [
        { name: 'A', room: workshop.groups[0]!.room },
        { name: 'B', room: workshop.groups[1]!.room },
      ],
    });
  });

  it('rate-limits code guessing per address with 429 and Retry-After', async () => {
    const limited = await startTestServer(fixture.dataDir, { joinAttemptsPerMinute: 3 });
    try {
      const workshop = await createWorkshop(limited.url);
      for (let i = 0; i < 3; i++) {
        expect((await api(limited.url, 'POST', '/api/join', { body: { code: 'ZZZZZZ' } })).status).toBe(404);
      }
      const refused = await api(limited.url, 'POST', '/api/join', { body: { code: workshop.joinCode } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(typeof refused.body['error']).toBe('string');
    } finally {
      await limited.close();
    }
  });
});
