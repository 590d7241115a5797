/**
 * Which room an upgrade request asks for. Only the path is looked at (and logged): the query
 * string will carry tokens.
 */
import { ROOM_NAME_PATTERN, WS_PATH_PREFIX } from '@samkarta/shared';

export type UpgradeTarget =
  | { ok: true; room: string; path: string }
  | { ok: false; status: 400 | 404; message: string; path: string };

export function parseUpgradePath(url: string | undefined): UpgradeTarget {
  // The base only makes a relative request target parseable; its host is never used.
  let path: string;
  try {
    path = new URL(url ?? '/', 'http://relay.invalid').pathname;
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
  return { ok: true, room, path };
}
