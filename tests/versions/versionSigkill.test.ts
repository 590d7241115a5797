/** A version the API answered 201 for is stored: it is listed after the server is SIGKILLed. */
import { afterAll, expect, it } from 'vitest';
import type { ChildServer } from '../helpers/childServer.js';
import { spawnServer } from '../helpers/childServer.js';
import { makeDataDir, removeDataDir } from '../helpers/server.js';
import { api, createWorkshop } from '../helpers/workshops.js';

let dataDir: string | undefined;
let server: ChildServer | undefined;

afterAll(async () => {
  await server?.kill();
  if (dataDir !== undefined) await removeDataDir(dataDir);
});

it('keeps a version saved just before a SIGKILL', async () => {
  dataDir = await makeDataDir();
  server = await spawnServer(dataDir);
  const workshop = await createWorkshop(server.url, { title: 'Krasch', groups: 1 });
  const room = (workshop.groups[0] as { room: string }).room;
  const saved = await api(server.url, 'POST', `/api/boards/${room}/versions`, {
    token: workshop.participantToken,
    body: { label: 'Precis före kraschen' },
  });
  expect(saved.status).toBe(201);
  server.process.kill('SIGKILL');
  expect((await server.exited).signal).toBe('SIGKILL');

  server = await spawnServer(dataDir);
  const listed = await api(server.url, 'GET', `/api/boards/${room}/versions`, { token: workshop.viewerToken });
  expect(listed.body['versions']).toEqual([expect.objectContaining({ id: saved.body['id'], label: 'Precis före kraschen', auto: false })]);
}, 60_000);
