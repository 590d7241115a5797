/** Turns what someone pastes to join a board (a full link, a path or a bare code) into a board id. */
import { ROOM_NAME_PATTERN } from '@samkarta/shared';

export function boardPath(id: string): string {
  return `/b/${id}`;
}

export function parseBoardRef(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  const fromPath = /(?:^|\/)b\/([^/?#\s]+)/.exec(text)?.[1];
  const candidate = fromPath ?? text;
  return ROOM_NAME_PATTERN.test(candidate) ? candidate : null;
}
