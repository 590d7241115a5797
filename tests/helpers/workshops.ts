/**
 * The workshops API from a test: create, join, control, and a raw upgrade attempt that reports
 * the HTTP status of a refusal (401/403 are written before any websocket handshake).
 */
import WebSocket from 'ws';
import type { CreatedWorkshop } from '@samkarta/server';
import { within } from './wait.js';

export type { CreatedWorkshop };

export async function api(
  url: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

export async function createWorkshop(url: string, body: unknown = { title: 'Regional workshop', groups: 2 }): Promise<CreatedWorkshop> {
  const response = await api(url, 'POST', '/api/workshops', { body });
  if (response.status !== 201) throw new Error(`POST /api/workshops answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as unknown as CreatedWorkshop;
}

/** 101 when the websocket opened (it is closed again at once), else the refusal's status. */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const socket = new WebSocket(url, { headers });
  return within(
    `upgrade of ${url.replace(/token=[^&]*/, 'token=…')}`,
    new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        socket.terminate();
      });
      socket.on('open', () => {
        resolve(101);
        socket.terminate();
      });
      socket.on('error', () => resolve(-1));
    }),
  );
}
