/** The workshops API (docs/api.md), with the same error values as the board API. */
import { bearer, request, type ApiResult } from './boards';

type Fetch = typeof fetch;

export interface WorkshopGroup {
  id: string;
  name: string;
  room: string;
}

export interface CreatedWorkshop {
  id: string;
  facilitatorToken: string;
  participantToken: string;
  viewerToken: string;
  joinCode: string;
  groups: WorkshopGroup[];
  links: { facilitator: string; join: string; viewer: string };
}

export interface JoinedWorkshop {
  workshopId: string;
  title: string;
  participantToken: string;
  groups: (WorkshopGroup & { link: string })[];
}

export interface WorkshopView {
  id: string;
  title: string;
  joinCode: string;
  locked: boolean;
  links: { join: string; viewer: string };
  groups: (WorkshopGroup & { online: number })[];
}

export interface NewWorkshop {
  title: string;
  groups: number | string[];
  template: string;
}

const json = { 'content-type': 'application/json' };

export function createWorkshop(workshop: NewWorkshop, fetchFn: Fetch = fetch): Promise<ApiResult<CreatedWorkshop>> {
  return request(fetchFn, '/api/workshops', { method: 'POST', headers: json, body: JSON.stringify(workshop) }, hasGroups<CreatedWorkshop>);
}

export function joinWorkshop(code: string, fetchFn: Fetch = fetch): Promise<ApiResult<JoinedWorkshop>> {
  return request(fetchFn, '/api/join', { method: 'POST', headers: json, body: JSON.stringify({ code }) }, hasGroups<JoinedWorkshop>);
}

export function fetchWorkshop(id: string, token: string, fetchFn: Fetch = fetch): Promise<ApiResult<WorkshopView>> {
  return request(fetchFn, `/api/workshops/${encodeURIComponent(id)}`, { headers: bearer(token) }, hasGroups<WorkshopView>);
}

/**
 * Number → that many groups; otherwise one name per line. Null when neither: the form says
 * so before asking the server.
 */
export function parseGroups(input: string): number | string[] | null {
  const text = input.trim();
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    return count >= 1 && count <= 50 ? count : null;
  }
  const names = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return names.length >= 1 && names.length <= 50 ? names : null;
}

function hasGroups<T extends { groups: WorkshopGroup[] }>(body: unknown): body is T {
  if (typeof body !== 'object' || body === null) return false;
  const { groups } = body as Record<string, unknown>;
  return Array.isArray(groups) && groups.every((group) => typeof (group as WorkshopGroup).room === 'string');
}
