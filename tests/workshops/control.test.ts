/**
 * The workshop control document (message, timer, questions, "bring everyone here") through the
 * relay with stock y-websocket clients: only the facilitator's token writes it, every role of
 * the workshop reads it, tokens of other workshops are refused at the upgrade, and it starts
 * with the questions the workshop was created with.
 */
import { describe, expect, it } from 'vitest';
import {
  controlRoomName,
  readControl,
  readMessage,
  readQuestions,
  readTimer,
  sendMessage,
  startTimer,
} from '@samkarta/shared';
import { boardSocketUrl } from '../helpers/boards.js';
import type { TestClient } from '../helpers/clients.js';
import { createClient, settle, waitSynced } from '../helpers/clients.js';
import { useTestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/wait.js';
import type { CreatedWorkshop } from '../helpers/workshops.js';
import { api, createWorkshop, upgradeStatus } from '../helpers/workshops.js';

const fixture = useTestServer();

function controlClient(workshop: CreatedWorkshop, token: string): TestClient {
  return createClient(fixture.server.wsUrl, { room: controlRoomName(workshop.id), token, workshopId: workshop.id });
}

async function synced(...clients: TestClient[]): Promise<void> {
  await Promise.all(clients.map((client) => waitSynced(client)));
}

describe('the workshop control document', () => {
  it('starts with the questions of POST /api/workshops', async () => {
    const questions = ['Vad krävs för att få det att hända?', 'Vem saknas på kartan?'];
    const workshop = await createWorkshop(fixture.server.url, { title: 'Frågor', groups: 2, questions });
    const fresh = controlClient(workshop, workshop.participantToken);
    await synced(fresh);
    expect(readQuestions(fresh.doc)).toEqual(questions);
    expect(readControl(fresh.doc)).toMatchObject({ message: null, timer: null, bringHere: null });
  });

  it("relays the facilitator's writes to participants and viewers", async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const facilitator = controlClient(workshop, workshop.facilitatorToken);
    const participant = controlClient(workshop, workshop.participantToken);
    const viewer = controlClient(workshop, workshop.viewerToken);
    await synced(facilitator, participant, viewer);
    expect(facilitator.accessModes, 'the facilitator writes').toEqual([]);

    sendMessage(facilitator.doc, 'Tio minuter kvar', 1_000);
    startTimer(facilitator.doc, 10 * 60_000, 1_000);
    for (const reader of [participant, viewer]) {
      await waitFor('the reader has the message and the timer', () =>
        readMessage(reader.doc)?.text === 'Tio minuter kvar' && readTimer(reader.doc)?.state === 'running',
      );
    }
  });

  it("drops a participant's write: another participant never receives it, a fresh load lacks it", async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const writer = controlClient(workshop, workshop.participantToken);
    const watcher = controlClient(workshop, workshop.participantToken);
    const facilitator = controlClient(workshop, workshop.facilitatorToken);
    await synced(writer, watcher, facilitator);
    await waitFor('the participant is told it only reads', () => writer.accessModes.includes('readOnlyViewer'));

    sendMessage(writer.doc, 'Falskt meddelande', 1);
    await settle(writer, facilitator, watcher, 'after-participant');
    expect(readMessage(watcher.doc)).toBeNull();
    expect(readMessage(facilitator.doc)).toBeNull();

    const fresh = controlClient(workshop, workshop.viewerToken);
    await synced(fresh);
    expect(fresh.doc.getMap('m').get('after-participant')).toBe(true);
    expect(readMessage(fresh.doc)).toBeNull();
  });

  it('stays read-only for participants when the boards are locked and unlocked', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const participant = controlClient(workshop, workshop.participantToken);
    const facilitator = controlClient(workshop, workshop.facilitatorToken);
    await synced(participant, facilitator);
    for (const locked of [true, false]) {
      const lock = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/lock`, {
        token: workshop.facilitatorToken,
        body: { locked },
      });
      expect(lock.status).toBe(200);
    }
    sendMessage(participant.doc, 'Efter upplåsningen', 2);
    await settle(participant, facilitator, facilitator, 'after-unlock');
    expect(readMessage(facilitator.doc)).toBeNull();
    expect(participant.accessModes).toEqual(['readOnlyViewer']);
  });

  it('is refused at the upgrade without a token (401) and with any token of another workshop (403)', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const other = await createWorkshop(fixture.server.url);
    const { wsUrl } = fixture.server;
    const room = controlRoomName(workshop.id);
    expect(await upgradeStatus(`${wsUrl}/${room}`)).toBe(401);
    for (const token of [other.facilitatorToken, other.participantToken, other.viewerToken]) {
      expect(await upgradeStatus(boardSocketUrl(wsUrl, { room, token }))).toBe(403);
    }
    expect(await upgradeStatus(boardSocketUrl(wsUrl, { room: controlRoomName('no-such-workshop'), token: workshop.facilitatorToken }))).toBe(403);
    for (const token of [workshop.facilitatorToken, workshop.participantToken, workshop.viewerToken]) {
      expect(await upgradeStatus(boardSocketUrl(wsUrl, { room, token }))).toBe(101);
    }
  });

  it('is found from a board: GET /api/boards/:id names its workshop and the role of the token', async () => {
    const workshop = await createWorkshop(fixture.server.url);
    const room = workshop.groups[1]!.room;
    for (const [token, role] of [
      [workshop.facilitatorToken, 'facilitator'],
      [workshop.participantToken, 'participant'],
      [workshop.viewerToken, 'viewer'],
    ] as const) {
      const board = await api(fixture.server.url, 'GET', `/api/boards/${room}`, { token });
      expect(board.body).toMatchObject({ id: room, workshopId: workshop.id, role });
    }
  });
});
