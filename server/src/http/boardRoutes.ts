/**
 * The boards API. A board made here is a lone board: a one-group workshop whose facilitator
 * token comes back with it. Its record and seeded document (title, schema version) are
 * stored in one transaction, so the first client already finds a valid board.
 */
import type { FastifyInstance } from 'fastify';
import { ROOM_NAME_PATTERN } from '@samkarta/shared';
import type { WorkshopAccess } from '../auth/WorkshopAccess.js';
import { bearerToken } from '../auth/WorkshopAccess.js';
import type { Store } from '../store/Store.js';
import { errorBodySchema } from './errors.js';
import { boardLink, createWorkshop } from './workshopCreation.js';

/** A board title is a line of text; the client shows its own placeholder for an empty one. */
export const MAX_TITLE_LENGTH = 200;

/** POST /api/boards takes a title only; this is far above what one needs. */
const CREATE_BODY_LIMIT = 4 * 1024;

interface CreateBoardBody {
  title?: string;
}

const boardSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    createdAt: { type: 'number' },
    // Unix epoch milliseconds of the last stored change, for "last changed" in Mina kartor.
    updatedAt: { type: 'number' },
    // The workshop whose control document the board shows, and what the token makes its bearer.
    workshopId: { type: 'string' },
    role: { type: 'string' },
  },
  required: ['id', 'title', 'createdAt', 'updatedAt', 'workshopId', 'role'],
} as const;

export function boardRoutes(app: FastifyInstance, store: Store, access: WorkshopAccess): void {
  app.post<{ Body: CreateBoardBody | undefined }>(
    '/api/boards',
    {
      bodyLimit: CREATE_BODY_LIMIT,
      // The body is optional: no body means an untitled board, and the schema wants an object.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        body: {
          type: 'object',
          properties: { title: { type: 'string', maxLength: MAX_TITLE_LENGTH } },
          additionalProperties: false,
        },
        response: {
          201: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              title: { type: 'string' },
              url: { type: 'string' },
              token: { type: 'string' },
              workshopId: { type: 'string' },
            },
            required: ['id', 'title', 'url', 'token', 'workshopId'],
          },
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const title = (request.body?.title ?? '').trim();
      const workshop = await createWorkshop(store, { title, groupNames: [title], template: 'empty', questions: [] });
      const id = (workshop.groups[0] as { room: string }).room;
      request.log.info({ board: id, workshop: workshop.id }, 'board created');
      return reply.status(201).send({
        id,
        title,
        token: workshop.facilitatorToken,
        workshopId: workshop.id,
        url: boardLink(id, workshop.facilitatorToken),
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/boards/:id',
    {
      schema: {
        params: {
          type: 'object',
          properties: { id: { type: 'string', pattern: ROOM_NAME_PATTERN.source } },
          required: ['id'],
        },
        response: { 200: boardSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const result = await access.forRoom(bearerToken(request.headers.authorization), request.params.id);
      if (!result.ok) return reply.status(result.status).send({ error: result.error });
      const [board, updatedAt] = await Promise.all([store.getBoard(request.params.id), store.roomChangedAt(request.params.id)]);
      if (board === null) return reply.status(404).send({ error: 'board not found' });
      return { ...board, updatedAt: updatedAt ?? board.createdAt, workshopId: result.grant.workshopId, role: result.grant.role };
    },
  );
}
