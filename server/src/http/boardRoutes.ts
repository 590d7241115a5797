/**
 * The boards API. Creating a board stores its record and seeds its room's document (title,
 * schema version) in one transaction, so the first client already finds a valid board.
 */
import type { FastifyInstance } from 'fastify';
import { nanoid } from 'nanoid';
import * as Y from 'yjs';
import { ROOM_NAME_PATTERN, initBoardMeta } from '@samkarta/shared';
import type { Store } from '../store/Store.js';
import { errorBodySchema } from './errors.js';

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
  },
  required: ['id', 'title', 'createdAt'],
} as const;

export function boardRoutes(app: FastifyInstance, store: Store): void {
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
            properties: { id: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' } },
            required: ['id', 'title', 'url'],
          },
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const title = (request.body?.title ?? '').trim();
      // nanoid's default: 21 URL-safe characters, 126 bits, unguessable and a valid room name.
      const id = nanoid();
      const createdAt = Date.now();
      const doc = new Y.Doc();
      try {
        initBoardMeta(doc, title, createdAt);
        await store.createBoard({ id, title, createdAt }, Y.encodeStateAsUpdate(doc));
      } finally {
        doc.destroy();
      }
      request.log.info({ board: id }, 'board created');
      return reply.status(201).send({ id, title, url: `/b/${id}` });
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
      const board = await store.getBoard(request.params.id);
      if (board === null) return reply.status(404).send({ error: 'board not found' });
      return board;
    },
  );
}
