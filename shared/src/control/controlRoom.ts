/**
 * The room of a workshop's control document. Board ids are 21-character nanoids, so a
 * name with this prefix (29 characters) can never be a board's; the relay maps it back to
 * its workshop at the upgrade.
 */
const CONTROL_ROOM_PREFIX = 'control-';
const WORKSHOP_ID_PATTERN = /^[A-Za-z0-9_-]{1,56}$/;

export function controlRoomName(workshopId: string): string {
  return `${CONTROL_ROOM_PREFIX}${workshopId}`;
}

/** The workshop whose control room this is; null for every other room (a board). */
export function workshopOfControlRoom(room: string): string | null {
  if (!room.startsWith(CONTROL_ROOM_PREFIX)) return null;
  const workshopId = room.slice(CONTROL_ROOM_PREFIX.length);
  return WORKSHOP_ID_PATTERN.test(workshopId) ? workshopId : null;
}
