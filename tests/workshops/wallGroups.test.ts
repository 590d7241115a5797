/**
 * Adding and renaming groups while the workshop runs (docs/api.md): only the facilitator may,
 * names stay distinct, a new group's board opens for every role of the workshop and is locked
 * like the others, and the join answer lists it.
 */
import { describe, expect, it } from 'vitest';
import { createClient, waitSynced } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { api, createWorkshop, upgradeStatus } from '../helpers/workshops.js';
import { useTestServer } from '../helpers/testServer.js';

const fixture = useTestServer();

interface Group {
  id: string;
  name: string;
  room: string;
}

describe('adding a group', () => {
  it('gives the facilitator a new board that every role of the workshop opens and the join answer lists', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Länet', groups: ['Norr', 'Söder'] });
    const added = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/groups`, {
      token: workshop.facilitatorToken,
      body: { name: '  Väst ' },
    });
    expect(added.status).toBe(201);
    const group = added.body as unknown as Group;
    expect(group.name).toBe('Väst');

    const view = await api(fixture.server.url, 'GET', `/api/workshops/${workshop.id}`, { token: workshop.facilitatorToken });
    expect((view.body['groups'] as Group[]).map((g) => g.name)).toEqual(['Norr', 'Söder', 'Väst']);
    const joined = await api(fixture.server.url, 'POST', '/api/join', { body: { code: workshop.joinCode } });
    expect((joined.body['groups'] as Group[]).map((g) => g.room)).toContain(group.room);

    expect(await upgradeStatus(`${fixture.server.wsUrl}/${group.room}?token=${workshop.participantToken}`)).toBe(101);
    const other = await createWorkshop(fixture.server.url);
    expect(await upgradeStatus(`${fixture.server.wsUrl}/${group.room}?token=${other.participantToken}`)).toBe(403);

    // The new board starts with its title, like the groups made with the workshop.
    const board = await api(fixture.server.url, 'GET', `/api/boards/${group.room}`, { token: workshop.viewerToken });
    expect(board.body['title']).toBe('Länet – Väst');
  });

  it('is locked with the others while the workshop is locked', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/lock`, { token: workshop.facilitatorToken, body: { locked: true } });
    const added = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/groups`, {
      token: workshop.facilitatorToken,
      body: { name: 'Extra' },
    });
    const room = (added.body as unknown as Group).room;
    const open = (token: string) => createClient(fixture.server.wsUrl, { room, token, workshopId: workshop.id });
    const participant = open(workshop.participantToken);
    const facilitator = open(workshop.facilitatorToken);
    const watcher = open(workshop.viewerToken);
    await Promise.all([waitSynced(participant), waitSynced(facilitator), waitSynced(watcher)]);
    participant.doc.getMap('m').set('participant', true);
    // The server handles a connection's frames in order: once the watcher sees the
    // participant's presence sent after the write, the server has had the write. Committed
    // writes are relayed in order, so the facilitator's later one arrives after it would have.
    participant.provider.awareness.setLocalStateField('mark', 'after-write');
    await waitFor('the watcher sees the participant mark', () =>
      [...watcher.provider.awareness.getStates().values()].some((state) => state['mark'] === 'after-write'),
    );
    facilitator.doc.getMap('m').set('facilitator', true);
    await waitFor('the facilitator write reaches the watcher', () => watcher.doc.getMap('m').get('facilitator') === true);
    expect(watcher.doc.getMap('m').get('participant')).toBeUndefined();
  });

  it('refuses a participant, a viewer, a duplicate name and a blank one', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Länet', groups: ['Norr'] });
    const path = `/api/workshops/${workshop.id}/groups`;
    expect((await api(fixture.server.url, 'POST', path, { token: workshop.participantToken, body: { name: 'X' } })).status).toBe(403);
    expect((await api(fixture.server.url, 'POST', path, { token: workshop.viewerToken, body: { name: 'X' } })).status).toBe(403);
    expect((await api(fixture.server.url, 'POST', path, { body: { name: 'X' } })).status).toBe(401);
    const duplicate = await api(fixture.server.url, 'POST', path, { token: workshop.facilitatorToken, body: { name: 'Norr' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body['error']).toMatch(/another group/);
    expect((await api(fixture.server.url, 'POST', path, { token: workshop.facilitatorToken, body: { name: '   ' } })).status).toBe(400);
  });
});

describe('renaming a group', () => {
  it('changes the name the facilitator and the join answer see; the room stays', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Länet', groups: ['Norr', 'Söder'] });
    const [norr] = workshop.groups;
    const renamed = await api(fixture.server.url, 'PATCH', `/api/workshops/${workshop.id}/groups/${norr!.id}`, {
      token: workshop.facilitatorToken,
      body: { name: 'Bergslagen' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ id: norr!.id, name: 'Bergslagen', room: norr!.room });
    const joined = await api(fixture.server.url, 'POST', '/api/join', { body: { code: workshop.joinCode } });
    expect((joined.body['groups'] as Group[]).map((g) => g.name)).toEqual(['Bergslagen', 'Söder']);
  });

  it('refuses a participant, a name another group has, and a group of another workshop', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Länet', groups: ['Norr', 'Söder'] });
    const other = await createWorkshop(fixture.server.url);
    const path = (groupId: string) => `/api/workshops/${workshop.id}/groups/${groupId}`;
    const norr = workshop.groups[0]!.id;
    expect((await api(fixture.server.url, 'PATCH', path(norr), { token: workshop.participantToken, body: { name: 'X' } })).status).toBe(403);
    expect((await api(fixture.server.url, 'PATCH', path(norr), { token: workshop.facilitatorToken, body: { name: 'Söder' } })).status).toBe(409);
    // Keeping its own name is no conflict.
    expect((await api(fixture.server.url, 'PATCH', path(norr), { token: workshop.facilitatorToken, body: { name: 'Norr' } })).status).toBe(200);
    const foreign = other.groups[0]!.id;
    expect((await api(fixture.server.url, 'PATCH', path(foreign), { token: workshop.facilitatorToken, body: { name: 'X' } })).status).toBe(404);
  });
});
