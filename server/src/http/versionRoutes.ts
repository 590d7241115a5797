/**
 * The versions API of a board (docs/api.md): save a named version, list them, read one (as
 * JSON elements or as the Yjs update), restore one. Any role of the board's workshop reads;
 * who may write the board (accessModeOf) may save and restore.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as Y from 'yjs';
import { MAX_VERSION_LABEL_LENGTH, MAX_NAME_LENGTH, ROOM_NAME_PATTERN, getElementsMap, yMapToRecord } from '@samkarta/shared';
import { accessModeOf } from '../auth/accessMode.js';
import type { WorkshopAccess } from '../auth/WorkshopAccess.js';
import { bearerToken } from '../auth/WorkshopAccess.js';
import type { Store, TokenGrant, VersionRecord } from '../store/Store.js';
import { TooManyVersionsError, type BoardVersions } from '../versions/BoardVersions.js';
import { errorBodySchema } from './errors.js';

const boardParams = {
  type: 'object',
  properties: { id: { type: 'string', pattern: ROOM_NAME_PATTERN.source } },
  required: ['id'],
} as const;
const versionParams = {
  type: 'object',
  properties: { id: boardParams.properties.id, versionId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
  required: ['id', 'versionId'],
} as const;

const versionFields = {
  id: { type: 'string' },
  label: { type: 'string' },
  createdAt: { type: 'number' },
  auto: { type: 'boolean' },
  author: { type: ['string', 'null'] },
} as const;

export interface VersionRouteDeps {
  store: Store;
  access: WorkshopAccess;
  versions: BoardVersions;
}

type Reader = { ok: true; grant: TokenGrant } | { ok: false };

/** The caller's grant on the board, or the refusal already sent. */
async function reader(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  access: WorkshopAccess,
): Promise<Reader> {
  const result = await access.forRoom(bearerToken(request.headers.authorization), request.params.id);
  if (!result.ok) {
    await reply.status(result.status).send({ error: result.error });
    return { ok: false };
  }
  return { ok: true, grant: result.grant };
}

/** Like reader, and the caller must be one who may write the board now. */
async function writer(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  { access, store }: VersionRouteDeps,
): Promise<Reader> {
  const result = await reader(request, reply, access);
  if (!result.ok) return result;
  const workshop = await store.getWorkshop(result.grant.workshopId);
  const mode = accessModeOf(result.grant.role, workshop ?? { locked: false, closed: false }, request.params.id);
  if (mode === 'readWrite') return result;
  const why = { readOnlyViewer: 'a viewer token cannot change the board', readOnlyLocked: 'the facilitator has locked the boards', readOnlyClosed: 'the facilitator has closed the workshop' };
  await reply.status(403).send({ error: `${why[mode]}: versions cannot be saved or restored` });
  return { ok: false };
}

function summary({ id, label, createdAt, auto, author }: VersionRecord) {
  return { id, label, createdAt, auto, author };
}

/** Each element as plain JSON; one that cannot be read (nested past the stack) is left out. */
function elementsOf(state: Uint8Array): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const elements: Record<string, unknown> = {};
  getElementsMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    try {
      elements[id] = yMapToRecord(value);
    } catch {
      // Skipped like the board skips it; the rest of the version is still worth having.
    }
  });
  doc.destroy();
  return elements;
}

export function versionRoutes(app: FastifyInstance, deps: VersionRouteDeps): void {
  const { store, access, versions } = deps;

  app.post<{ Params: { id: string }; Body: { label: string; author?: string } }>(
    '/api/boards/:id/versions',
    {
      schema: {
        params: boardParams,
        body: {
          type: 'object',
          properties: {
            label: { type: 'string', maxLength: MAX_VERSION_LABEL_LENGTH * 2 },
            author: { type: 'string', maxLength: MAX_NAME_LENGTH },
          },
          required: ['label'],
          additionalProperties: false,
        },
        response: {
          201: { type: 'object', properties: versionFields, required: Object.keys(versionFields) },
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      // Trimmed first, so the bound is on what is kept.
      const label = request.body.label.trim();
      if (label.length === 0 || label.length > MAX_VERSION_LABEL_LENGTH) {
        return reply.status(400).send({ error: `a version's label is 1 to ${MAX_VERSION_LABEL_LENGTH} characters` });
      }
      const caller = await writer(request, reply, deps);
      if (!caller.ok) return reply;
      const author = request.body.author?.trim() || null;
      try {
        const version = await versions.saveNamed(request.params.id, label, author);
        return await reply.status(201).send(summary(version));
      } catch (error) {
        if (error instanceof TooManyVersionsError) return reply.status(409).send({ error: error.message });
        throw error;
      }
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/boards/:id/versions',
    { schema: { params: boardParams, response: { '4xx': errorBodySchema } } },
    async (request, reply) => {
      const caller = await reader(request, reply, access);
      if (!caller.ok) return reply;
      const list = await store.listVersions(request.params.id);
      return { versions: list.map((version) => ({ ...summary(version), elementCount: version.elementCount })) };
    },
  );

  app.get<{ Params: { id: string; versionId: string } }>(
    '/api/boards/:id/versions/:versionId',
    { schema: { params: versionParams, response: { '4xx': errorBodySchema } } },
    async (request, reply) => {
      const caller = await reader(request, reply, access);
      if (!caller.ok) return reply;
      const found = await store.getVersion(request.params.id, request.params.versionId);
      if (found === null) return reply.status(404).send({ error: 'this board has no such version' });
      if (request.headers.accept?.includes('application/octet-stream')) {
        return reply.type('application/octet-stream').send(Buffer.from(found.state));
      }
      return { ...summary(found.version), elements: elementsOf(found.state) };
    },
  );

  app.post<{ Params: { id: string; versionId: string } }>(
    '/api/boards/:id/versions/:versionId/restore',
    { schema: { params: versionParams, response: { '4xx': errorBodySchema } } },
    async (request, reply) => {
      const caller = await writer(request, reply, deps);
      if (!caller.ok) return reply;
      const result = await versions.restore(request.params.id, request.params.versionId);
      if (result === null) return reply.status(404).send({ error: 'this board has no such version' });
      return { restored: request.params.versionId, saved: result.saved, ...result.summary };
    },
  );
}
