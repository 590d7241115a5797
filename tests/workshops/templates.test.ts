/**
 * Workshop templates (docs/api.md): every group board starts with the template's zones,
 * written by the server into the board's first snapshot, and a group added later starts the
 * same way. Read with a stock provider through the shared readers, as any client reads them.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardTemplates, defaultLanguage, readElements, workshopTemplates, type NewElement, type WorkshopTemplate } from '@samkarta/shared';
import { createClient, waitSynced } from '../helpers/clients.js';
import { useTestServer } from '../helpers/testServer.js';
import { api, createWorkshop } from '../helpers/workshops.js';

const fixture = useTestServer();

/** What a board shows of an element: its kind, its title and its place. */
function seen(element: NewElement): Record<string, unknown> {
  const { kind, x, y } = element;
  if (element.kind === 'zone') return { kind, x, y, w: element.w, h: element.h, label: element.label };
  if (element.kind === 'text') return { kind, x, y, text: element.text };
  return { kind, x, y };
}

/** The elements of a board as a client reads them through the shared readers, in drawing order. */
async function elementsOn(room: string, token: string, workshopId: string): Promise<Record<string, unknown>[]> {
  const client = createClient(fixture.server.wsUrl, { room, token, workshopId }, new Y.Doc());
  await waitSynced(client);
  const elements = readElements(client.doc).map(seen);
  client.destroy();
  return elements;
}

const expected = (template: WorkshopTemplate) => boardTemplates[template].elements(defaultLanguage).map(seen);

describe('workshop templates', () => {
  it.each(workshopTemplates)('%s: every group board starts with the template, and so does a group added later', async (template) => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Länet', groups: 2, template });
    for (const group of workshop.groups) {
      expect(await elementsOn(group.room, workshop.participantToken, workshop.id)).toEqual(expected(template));
    }
    const added = await api(fixture.server.url, 'POST', `/api/workshops/${workshop.id}/groups`, {
      token: workshop.facilitatorToken,
      body: { name: 'Sent påkomna' },
    });
    expect(added.status).toBe(201);
    expect(await elementsOn(String(added.body['room']), workshop.participantToken, workshop.id)).toEqual(expected(template));
  });

  it('titles the heading and zones in Swedish at the places the template puts them', async () => {
    const workshop = await createWorkshop(fixture.server.url, { title: 'Länet', groups: 1, template: 'whatItTakes' });
    const [heading, enablers, obstacles] = await elementsOn(workshop.groups[0]!.room, workshop.viewerToken, workshop.id);
    expect(heading).toMatchObject({ kind: 'text', text: 'Vad krävs för att få det att hända?', x: 0, y: 0 });
    expect(enablers).toMatchObject({ kind: 'zone', label: 'Framgångsfaktorer', x: 0 });
    expect(obstacles).toMatchObject({ kind: 'zone', label: 'Hinder', y: enablers!['y'] });

    const actorMap = await createWorkshop(fixture.server.url, { title: 'Länet', groups: 1, template: 'actorMap' });
    const lanes = await elementsOn(actorMap.groups[0]!.room, actorMap.participantToken, actorMap.id);
    expect(lanes.map((lane) => [lane.label, lane.y])).toEqual([
      ['EU', 0],
      ['Nationell', 280],
      ['Regional', 560],
      ['Lokal', 840],
    ]);
  });

  it('refuses a template it does not know', async () => {
    const response = await api(fixture.server.url, 'POST', '/api/workshops', { body: { title: 'x', groups: 1, template: 'kanban' } });
    expect(response.status).toBe(400);
  });
});
