/**
 * The board API. Failures come back as values carrying an i18n key and its parameters, so
 * the page can show the server's own `{ error }` text in a sentence the user understands.
 */
import type { Role } from '@samkarta/shared';
import type { ParseKeys } from 'i18next';

export interface BoardInfo {
  id: string;
  title: string;
  /** The workshop the board belongs to, whose control document it shows. */
  workshopId?: string;
  /** What the token makes its bearer (GET /api/boards/:id). */
  role?: Role;
}

export interface ApiError {
  key: ParseKeys;
  params?: Record<string, string | number>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

type Fetch = typeof fetch;

export interface CreatedBoard extends BoardInfo {
  /** The board's link with its facilitator token in the fragment. */
  url: string;
  token: string;
}

export async function createBoard(title: string, fetchFn: Fetch = fetch): Promise<ApiResult<CreatedBoard>> {
  return request(fetchFn, '/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  }, isCreated);
}

/** Null value: the board does not exist. */
export async function fetchBoard(id: string, token: string, fetchFn: Fetch = fetch): Promise<ApiResult<BoardInfo | null>> {
  return request(fetchFn, `/api/boards/${encodeURIComponent(id)}`, { headers: bearer(token) }, isBoard, true);
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** A JSON call; the failure carries the HTTP status so a page can tell a refusal apart. */
export async function request<T>(
  fetchFn: Fetch,
  url: string,
  init: RequestInit,
  valid: (body: unknown) => body is T,
  notFoundIsNull = false,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetchFn(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    return { ok: false, error: { key: 'errors.network' } };
  }
  if (notFoundIsNull && response.status === 404) return { ok: true, value: null as T };
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && valid(body)) return { ok: true, value: body };
  const message = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  return typeof message === 'string' && message !== ''
    ? { ok: false, error: { key: 'errors.server', params: { status: response.status, error: message } } }
    : { ok: false, error: { key: 'errors.serverUnknown', params: { status: response.status } } };
}

function isBoard(body: unknown): body is BoardInfo {
  if (typeof body !== 'object' || body === null) return false;
  const { id, title } = body as Record<string, unknown>;
  return typeof id === 'string' && typeof title === 'string';
}

function isCreated(body: unknown): body is CreatedBoard {
  const { url, token } = body as Record<string, unknown>;
  return isBoard(body) && typeof url === 'string' && typeof token === 'string';
}
