/** The workshops API (docs/api.md), with the same error values as the board API. */
import type { CreatedWorkshop, WorkshopGroup } from '@samkarta/shared';
import { bearer, request, type ApiResult } from './boards';

export type { CreatedWorkshop, WorkshopGroup };

type Fetch = typeof fetch;

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
  /** Closed: every board read-only for all but the facilitator, still readable. */
  closed: boolean;
  links: { join: string; viewer: string };
  /** viewerLink: the board with the workshop's viewer token; in the facilitator's view only. */
  groups: (WorkshopGroup & { online: number; viewerLink?: string })[];
}

export interface RotatedAccess {
  joinCode: string;
  links: { join: string };
}

export interface NewWorkshop {
  title: string;
  groups: number | string[];
  template: string;
  /** Discussion questions every board shows (the control document starts with them). */
  questions?: string[];
}

const json = { 'content-type': 'application/json' };

export function createWorkshop(workshop: NewWorkshop, fetchFn: Fetch = fetch): Promise<ApiResult<CreatedWorkshop>> {
  return request(fetchFn, '/api/workshops', { method: 'POST', headers: json, body: JSON.stringify(workshop) }, hasGroups<CreatedWorkshop>);
}

export function joinWorkshop(code: string, fetchFn: Fetch = fetch): Promise<ApiResult<JoinedWorkshop>> {
  return request(fetchFn, '/api/join', { method: 'POST', headers: json, body: JSON.stringify({ code }) }, hasGroups<JoinedWorkshop>);
}

function workshopUrl(id: string): string {
  return `/api/workshops/${encodeURIComponent(id)}`;
}

export function fetchWorkshop(id: string, token: string, fetchFn: Fetch = fetch): Promise<ApiResult<WorkshopView>> {
  return request(fetchFn, workshopUrl(id), { headers: bearer(token) }, hasGroups<WorkshopView>);
}

export function setWorkshopLocked(id: string, token: string, locked: boolean, fetchFn: Fetch = fetch): Promise<ApiResult<{ locked: boolean }>> {
  const init = { method: 'POST', headers: { ...json, ...bearer(token) }, body: JSON.stringify({ locked }) };
  return request(fetchFn, `${workshopUrl(id)}/lock`, init, hasLocked);
}

export function setWorkshopClosed(id: string, token: string, closed: boolean, fetchFn: Fetch = fetch): Promise<ApiResult<{ closed: boolean }>> {
  const init = { method: 'POST', headers: { ...json, ...bearer(token) }, body: JSON.stringify({ closed }) };
  return request(fetchFn, `${workshopUrl(id)}/close`, init, hasClosed);
}

export const reportFiles = ['report.html', 'report.md', 'notes.csv', 'export.json'] as const;
export type ReportFile = (typeof reportFiles)[number];

/**
 * One of the workshop's documentation files. Fetched, not linked: the token goes in a header,
 * never in a URL a browser could keep in its history or send on.
 */
export async function fetchReport(id: string, token: string, file: ReportFile, lang: string, fetchFn: Fetch = fetch): Promise<Blob | null> {
  try {
    const response = await fetchFn(`${workshopUrl(id)}/${file}?lang=${encodeURIComponent(lang)}`, { headers: bearer(token) });
    return response.ok ? await response.blob() : null;
  } catch {
    return null;
  }
}

/** New join code and participant token; the old ones stop working at once. */
export function rotateAccess(id: string, token: string, fetchFn: Fetch = fetch): Promise<ApiResult<RotatedAccess>> {
  return request(fetchFn, `${workshopUrl(id)}/rotate`, { method: 'POST', headers: bearer(token) }, isRotated);
}

export function addGroup(id: string, token: string, name: string, fetchFn: Fetch = fetch): Promise<ApiResult<WorkshopGroup>> {
  const init = { method: 'POST', headers: { ...json, ...bearer(token) }, body: JSON.stringify({ name }) };
  return request(fetchFn, `${workshopUrl(id)}/groups`, init, isGroup);
}

export function renameGroup(id: string, token: string, groupId: string, name: string, fetchFn: Fetch = fetch): Promise<ApiResult<WorkshopGroup>> {
  const init = { method: 'PATCH', headers: { ...json, ...bearer(token) }, body: JSON.stringify({ name }) };
  return request(fetchFn, `${workshopUrl(id)}/groups/${encodeURIComponent(groupId)}`, init, isGroup);
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

function isGroup(body: unknown): body is WorkshopGroup {
  if (typeof body !== 'object' || body === null) return false;
  const { id, name, room } = body as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' && typeof room === 'string';
}

function hasLocked(body: unknown): body is { locked: boolean } {
  return typeof body === 'object' && body !== null && typeof (body as { locked?: unknown }).locked === 'boolean';
}

function hasClosed(body: unknown): body is { closed: boolean } {
  return typeof body === 'object' && body !== null && typeof (body as { closed?: unknown }).closed === 'boolean';
}

function isRotated(body: unknown): body is RotatedAccess {
  if (typeof body !== 'object' || body === null) return false;
  const { joinCode, links } = body as Record<string, unknown>;
  return typeof joinCode === 'string' && typeof (links as { join?: unknown } | undefined)?.join === 'string';
}

function hasGroups<T extends { groups: WorkshopGroup[] }>(body: unknown): body is T {
  if (typeof body !== 'object' || body === null) return false;
  const { groups } = body as Record<string, unknown>;
  return Array.isArray(groups) && groups.every((group) => typeof (group as WorkshopGroup).room === 'string');
}
