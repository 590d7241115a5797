/**
 * docs/schema.md promises that a plain-yjs script can put an actor on a board. This runs the
 * documented example script against a real server and reads the board back through the app's
 * own schema readers.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readElements } from '@samkarta/shared';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { makeDataDir, removeDataDir, startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const script = fileURLToPath(new URL('../../docs/examples/add-actor.mjs', import.meta.url));
let dataDir: string;
let server: TestServer;

beforeAll(async () => {
  dataDir = await makeDataDir();
  server = await startTestServer(dataDir);
});

afterAll(async () => {
  destroyAllClients();
  await server.close();
  await removeDataDir(dataDir);
});

it('the documented plain-yjs script adds an actor that the app reads', async () => {
  const created = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Skriptad karta' }),
  });
  expect(created.status).toBe(201);
  const { id, token, workshopId } = (await created.json()) as { id: string; token: string; workshopId: string };

  const { stdout } = await promisify(execFile)(
    process.execPath,
    [script, server.url, id, token, 'kommun', 'Örebro kommun'],
    { timeout: 20_000 },
  );
  const elementId = stdout.trim();
  expect(elementId).toMatch(/^script-/);

  const reader = createClient(server.wsUrl, { room: id, token, workshopId });
  await waitSynced(reader);
  await waitFor('actor visible', () => readElements(reader.doc).some((e) => e.id === elementId));
  const actor = readElements(reader.doc).find((e) => e.id === elementId);
  expect(actor).toMatchObject({ kind: 'actor', category: 'kommun', label: 'Örebro kommun', w: 200, h: 80 });
});
