/** The HTTP side: health, the boards API (which seeds the room) and the built client. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoardMeta } from '@samkarta/shared';
import { createClient, waitSynced } from '../helpers/clients.js';
import { health, makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { useTestServer } from '../helpers/testServer.js';

const fixture = useTestServer();

async function post(body: string | undefined, contentType = 'application/json'): Promise<Response> {
  return fetch(`${fixture.server.url}/api/boards`, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': contentType },
    body,
  });
}

describe('HTTP API', () => {
  it('GET /healthz reports status, rooms and connections', async () => {
    expect(await health(fixture.server.url)).toEqual({ status: 'ok', rooms: 0, connections: 0 });
  });

  it('POST /api/boards creates a board whose room is seeded with its title', async () => {
    const response = await post(JSON.stringify({ title: '  Workshop Malmö  ' }));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; title: string; url: string; token: string; workshopId: string };
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{21}$/);
    // The token rides in the fragment, which never reaches a server log or a Referer header.
    expect(created).toEqual({
      id: created.id,
      title: 'Workshop Malmö',
      url: `/b/${created.id}#t=${created.token}`,
      token: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      workshopId: expect.any(String),
    });

    const fetched = await fetch(`${fixture.server.url}/api/boards/${created.id}`, {
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(fetched.status).toBe(200);
    const board = (await fetched.json()) as { id: string; title: string; createdAt: number };
    expect(board).toEqual({
      id: created.id,
      title: 'Workshop Malmö',
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
      workshopId: created.workshopId,
      role: 'facilitator',
    });

    const client = createClient(fixture.server.wsUrl, { room: created.id, token: created.token, workshopId: created.workshopId });
    await waitSynced(client);
    expect(readBoardMeta(client.doc)).toMatchObject({ title: 'Workshop Malmö', createdAt: board.createdAt });
  });

  it('POST /api/boards without a body makes an untitled board; ids differ', async () => {
    const first = (await (await post(undefined)).json()) as { id: string; title: string };
    const second = (await (await post('{}')).json()) as { id: string; title: string };
    expect(first.title).toBe('');
    expect(first.id).not.toBe(second.id);
  });

  it('refuses bad bodies with a JSON error', async () => {
    const tooLong = await post(JSON.stringify({ title: 'x'.repeat(201) }));
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: string }).error).toMatch(/200/);

    const wrongType = await post(JSON.stringify({ title: 5 }));
    expect(wrongType.status).toBe(400);

    const extra = await post(JSON.stringify({ title: 'a', owner: 'me' }));
    expect(extra.status).toBe(400);

    const huge = await post(JSON.stringify({ title: 'a', pad: 'x'.repeat(10_000) }));
    expect(huge.status).toBe(413);
    expect(typeof ((await huge.json()) as { error: string }).error).toBe('string');

    const notJson = await post('{', 'application/json');
    expect(notJson.status).toBe(400);
  });

  it('GET /api/boards/:id needs a token of the board: 401 without, 403 for an unknown board', async () => {
    expect((await fetch(`${fixture.server.url}/api/boards/nosuchboard`)).status).toBe(401);
    const { token } = (await (await post('{}')).json()) as { token: string };
    const response = await fetch(`${fixture.server.url}/api/boards/nosuchboard`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(403);
    expect(typeof ((await response.json()) as { error: string }).error).toBe('string');
    const unknownRoute = await fetch(`${fixture.server.url}/api/nothing`);
    expect(unknownRoute.status).toBe(404);
    expect(((await unknownRoute.json()) as { error: string }).error).toContain('/api/nothing');
  });

  it('without a client build, / says so with 503 and the API still works', async () => {
    const response = await fetch(`${fixture.server.url}/`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('not built');
  });

  it('serves the built client, with index.html for / and /b/<id>', async () => {
    const distDir = await makeDataDir();
    await fs.mkdir(path.join(distDir, 'dist', 'assets'), { recursive: true });
    await fs.writeFile(path.join(distDir, 'dist', 'index.html'), '<!doctype html><title>Samkarta</title>');
    await fs.writeFile(path.join(distDir, 'dist', 'assets', 'app.js'), 'console.log(1)');
    const withClient = await startTestServer(distDir, { clientDist: path.join(distDir, 'dist') });
    try {
      for (const page of ['/', '/b/abc', '/b/abc/def']) {
        const response = await fetch(`${withClient.url}${page}`);
        expect(response.status, page).toBe(200);
        expect(await response.text()).toContain('<title>Samkarta</title>');
      }
      const asset = await fetch(`${withClient.url}/assets/app.js`);
      expect(asset.status).toBe(200);
      expect(await asset.text()).toBe('console.log(1)');
      expect((await fetch(`${withClient.url}/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${withClient.url}/healthz`)).status).toBe(200);
    } finally {
      await withClient.close();
      await removeDataDir(distDir);
    }
  });
});
