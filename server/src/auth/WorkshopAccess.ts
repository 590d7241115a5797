/**
 * Decides what a bearer token may do, for the API and for websocket upgrades alike: no token
 * or an unknown one is 401; a token of another workshop, or a role too weak for the call, is
 * 403. The answer is a value, so each caller turns it into its own refusal.
 */
import type { Role } from '@samkarta/shared';
import { TOKEN_PATTERN, workshopOfControlRoom } from '@samkarta/shared';
import type { Store, TokenGrant } from '../store/Store.js';
import { hashToken } from './tokens.js';

export type AccessResult =
  | { ok: true; grant: TokenGrant; tokenHash: string }
  | { ok: false; status: 401 | 403; error: string };

export class WorkshopAccess {
  constructor(private readonly store: Store) {}

  /** Who the token makes its bearer, in any workshop. */
  async identify(token: string | undefined): Promise<AccessResult> {
    if (token === undefined || token === '') {
      return { ok: false, status: 401, error: 'a token is required: open the link you were given' };
    }
    const tokenHash = hashToken(token);
    const grant = TOKEN_PATTERN.test(token) ? await this.store.findToken(tokenHash) : null;
    if (grant === null) {
      return { ok: false, status: 401, error: 'unknown or revoked token: ask the facilitator for a new link' };
    }
    return { ok: true, grant, tokenHash };
  }

  /** The token must belong to this workshop and hold one of the roles. */
  async forWorkshop(token: string | undefined, workshopId: string, allowed: readonly Role[]): Promise<AccessResult> {
    const result = await this.identify(token);
    if (!result.ok) return result;
    if (result.grant.workshopId !== workshopId) {
      return { ok: false, status: 403, error: 'this token belongs to another workshop' };
    }
    if (!allowed.includes(result.grant.role)) {
      return { ok: false, status: 403, error: `a ${result.grant.role} token cannot do this` };
    }
    return result;
  }

  /**
   * Every role may open every board of its own workshop, and its control document; what it
   * may write is the relay's call.
   */
  async forRoom(token: string | undefined, room: string): Promise<AccessResult> {
    const result = await this.identify(token);
    if (!result.ok) return result;
    const workshopId = workshopOfControlRoom(room) ?? (await this.store.workshopOfRoom(room));
    if (workshopId === null || workshopId !== result.grant.workshopId) {
      // One answer for "no such board" and "not yours": a token holder learns nothing new.
      return { ok: false, status: 403, error: 'this token does not open this board' };
    }
    return result;
  }
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
