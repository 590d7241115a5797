/**
 * What a role may do on a room, for the relay (the mode it tells a connection) and the API
 * (who may save and restore versions) alike. The facilitator is never locked out of its own
 * workshop; a viewer never writes; the control document is the facilitator's alone.
 */
import type { AccessMode, Role } from '@samkarta/shared';
import { workshopOfControlRoom } from '@samkarta/shared';

/** What of a workshop decides what its participants may write. */
export interface WorkshopState {
  locked: boolean;
  closed: boolean;
}

export function accessModeOf(role: Role, workshop: WorkshopState, room: string): AccessMode {
  if (role === 'viewer') return 'readOnlyViewer';
  if (role !== 'facilitator' && workshopOfControlRoom(room) !== null) return 'readOnlyViewer';
  if (role === 'participant' && workshop.closed) return 'readOnlyClosed';
  if (role === 'participant' && workshop.locked) return 'readOnlyLocked';
  return 'readWrite';
}
