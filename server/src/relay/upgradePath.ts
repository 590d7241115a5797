/**
 * Which room an upgrade request asks for, and the token it carries (`?token=`). Only the path
 * is ever logged: the token is a secret.
 */
import { ROOM_NAME_PATTERN, WS_PATH_PREFIX } from '@samkarta/shared';

export type UpgradeTarget =
  | { ok: true; room: string; path: string; token: string | undefined }
  | { ok: false; status: 400 | 404; message: string; path: string };

export function parseUpgradePath(url: string | undefined): UpgradeTarget {
  // The base only makes a relative request target parseable; its host is never used.
  let path: string;
  let token: string | undefined;
  try {
    const parsed = new URL(url ?? '/', 'http://relay.invalid');
    path = parsed.pathname;
    token = parsed.searchParams.get('token') ?? undefined;
  } catch {
    return { ok: false, status: 400, message: 'invalid request target', path: '' };
  }
  if (!path.startsWith(WS_PATH_PREFIX)) {
    return { ok: false, status: 404, message: `websocket endpoint is ${WS_PATH_PREFIX}<room>`, path };
  }
  const room = path.slice(WS_PATH_PREFIX.length);
  if (!ROOM_NAME_PATTERN.test(room)) {
    return { ok: false, status: 400, message: 'invalid room name', path };
  }
  return { ok: true, room, path, token };
}
