import { describe, expect, it } from 'vitest';
import { createBoard, fetchBoard } from './boards';

const respond = (status: number, body: unknown): typeof fetch =>
  async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('board API', () => {
  it('returns the created board', async () => {
    const created = { id: 'abc', title: 'Grupp 3', url: '/b/abc#t=tok', token: 'tok' };
    const result = await createBoard('Grupp 3', respond(201, created));
    expect(result).toEqual({ ok: true, value: created });
  });

  it("carries the server's { error } text into the message", async () => {
    const result = await createBoard('x', respond(400, { error: 'title is too long' }));
    expect(result).toEqual({ ok: false, error: { key: 'errors.server', params: { status: 400, error: 'title is too long' } } });
  });

  it('tells a network failure and a missing board apart', async () => {
    const offline: typeof fetch = async () => { throw new TypeError('Failed to fetch'); };
    expect(await fetchBoard('abc', 'tok', offline)).toEqual({ ok: false, error: { key: 'errors.network' } });
    expect(await fetchBoard('abc', 'tok', respond(404, { error: 'not found' }))).toEqual({ ok: true, value: null });
    expect(await fetchBoard('abc', 'tok', respond(500, 'oops'))).toEqual({ ok: false, error: { key: 'errors.serverUnknown', params: { status: 500 } } });
  });
});
