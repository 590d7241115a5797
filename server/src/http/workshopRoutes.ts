/**
 * The workshops API (docs/api.md): create, join by code, the facilitator's view of the
 * groups, rotating the participant access and locking the boards. Every call but create and
 * join needs `Authorization: Bearer <token>`; refusals are 401/403 with { error }. The
 * facilitator can also add and rename groups while the workshop runs.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Role } from '@samkarta/shared';
import {
  JOIN_CODE_LENGTH,
  MAX_GROUP_NAME_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_WORKSHOP_GROUPS,
  MAX_WORKSHOP_QUESTIONS,
  isWorkshopTemplate,
  workshopTemplates,
} from '@samkarta/shared';
import type { RateLimiter } from '../auth/RateLimiter.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { WorkshopState } from '../auth/accessMode.js';
import type { AccessResult, WorkshopAccess } from '../auth/WorkshopAccess.js';
import { bearerToken } from '../auth/WorkshopAccess.js';
import { clientAddress } from '../relay/clientAddress.js';
import type { Store } from '../store/Store.js';
import type { BoardVersions } from '../versions/BoardVersions.js';
import { MAX_TITLE_LENGTH } from './boardRoutes.js';
import { errorBodySchema } from './errors.js';
import { boardLink, createWorkshop, joinLink, newGroup, unusedJoinCode, workshopLink } from './workshopCreation.js';

/** What the routes need from the relay: live counts and the effect of control calls. */
export interface WorkshopRelay {
  connectionsIn(room: string): number;
  /** Closes every open connection of the workshop made with a token of this role. */
  revokeRole(workshopId: string, role: Role): void;
  setWorkshopState(workshopId: string, workshop: WorkshopState): void;
}

export interface WorkshopRouteDeps {
  store: Store;
  access: WorkshopAccess;
  relay: WorkshopRelay;
  versions: Pick<BoardVersions, 'saveChangedBoards'>;
  joinLimiter: RateLimiter;
  /** For the client address the join limit counts against (as the relay's own limits do). */
  trustedProxies: readonly string[];
}

interface CreateBody {
  title: string;
  groups: number | string[];
  template?: (typeof workshopTemplates)[number];
  questions?: string[];
}

const groupName = { type: 'string', minLength: 1, maxLength: MAX_GROUP_NAME_LENGTH, pattern: '\\S' } as const;
const idParams = {
  type: 'object',
  properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
  required: ['id'],
} as const;
const groupParams = {
  type: 'object',
  properties: { id: idParams.properties.id, groupId: idParams.properties.id },
  required: ['id', 'groupId'],
} as const;
const groupNameBody = {
  type: 'object',
  properties: { name: groupName },
  required: ['name'],
  additionalProperties: false,
} as const;
const duplicateGroupName = 'another group already has this name: pick a different one';

function refuse(reply: FastifyReply, result: Extract<AccessResult, { ok: false }>) {
  return reply.status(result.status).send({ error: result.error });
}

function defaultGroupNames(count: number): string[] {
  // Swedish: the product's default language; the facilitator can name groups instead.
  return Array.from({ length: count }, (_, i) => `Grupp ${i + 1}`);
}

export function workshopRoutes(
  app: FastifyInstance,
  { store, access, relay, versions, joinLimiter, trustedProxies }: WorkshopRouteDeps,
): void {
  /** Saves what the boards hold before their participants stop writing, then tells the relay. */
  async function changeState(id: string, key: keyof WorkshopState, value: boolean): Promise<boolean> {
    const workshop = await store.getWorkshop(id);
    if (workshop === null) return false;
    if (value) {
      const groups = await store.listGroups(id);
      await versions.saveChangedBoards(groups.map((group) => group.room), key);
    }
    await (key === 'locked' ? store.setLocked(id, value) : store.setClosed(id, value));
    relay.setWorkshopState(id, { locked: workshop.locked, closed: workshop.closed, [key]: value });
    return true;
  }

  app.post<{ Body: CreateBody }>(
    '/api/workshops',
    {
      schema: {
        body: {
          type: 'object',
          properties: {
            title: { type: 'string', maxLength: MAX_TITLE_LENGTH },
            groups: {
              oneOf: [
                { type: 'integer', minimum: 1, maximum: MAX_WORKSHOP_GROUPS },
                { type: 'array', items: groupName, minItems: 1, maxItems: MAX_WORKSHOP_GROUPS },
              ],
            },
            template: { type: 'string', enum: [...workshopTemplates] },
            questions: {
              type: 'array',
              items: { type: 'string', minLength: 1, maxLength: MAX_QUESTION_LENGTH },
              maxItems: MAX_WORKSHOP_QUESTIONS,
            },
          },
          required: ['title', 'groups'],
          additionalProperties: false,
        },
        response: { '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const { title, groups, template = 'empty', questions = [] } = request.body;
      const groupNames = typeof groups === 'number' ? defaultGroupNames(groups) : groups.map((name) => name.trim());
      if (new Set(groupNames).size !== groupNames.length) {
        return reply.status(400).send({ error: 'group names must differ from each other' });
      }
      const created = await createWorkshop(store, { title: title.trim(), groupNames, template, questions });
      request.log.info({ workshop: created.id, groups: groupNames.length }, 'workshop created');
      return reply.status(201).send(created);
    },
  );

  app.post<{ Body: { code: string } }>(
    '/api/join',
    {
      schema: {
        body: {
          type: 'object',
          properties: { code: { type: 'string', maxLength: 64 } },
          required: ['code'],
          additionalProperties: false,
        },
        response: { '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const decision = joinLimiter.attempt(clientAddress(request.raw, trustedProxies));
      if (!decision.allowed) {
        request.log.warn('join attempts rate-limited');
        return reply
          .status(429)
          .header('retry-after', String(decision.retryAfterSeconds))
          .send({ error: `too many join attempts: try again in ${decision.retryAfterSeconds} s` });
      }
      // People type codes from a projector: case and spaces do not matter.
      const code = request.body.code.replace(/\s+/g, '').toUpperCase();
      const workshop = code.length === JOIN_CODE_LENGTH ? await store.findWorkshopByJoinCode(code) : null;
      if (workshop === null) return reply.status(404).send({ error: 'no workshop has this join code: check it on the screen' });
      const groups = await store.listGroups(workshop.id);
      return {
        workshopId: workshop.id,
        title: workshop.title,
        // A closed workshop still answers its code: its boards stay readable.
        closed: workshop.closed,
        participantToken: workshop.participantToken,
        groups: groups.map(({ id, name, room }) => ({ id, name, room, link: boardLink(room, workshop.participantToken) })),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/workshops/:id',
    { schema: { params: idParams, response: { '4xx': errorBodySchema } } },
    async (request, reply) => {
      // The viewer link opens this page too, to pick a board to watch; it sees no secrets.
      const result = await access.forWorkshop(bearerToken(request.headers.authorization), request.params.id, [
        'facilitator',
        'viewer',
      ]);
      if (!result.ok) return refuse(reply, result);
      const workshop = await store.getWorkshop(request.params.id);
      if (workshop === null) return reply.status(404).send({ error: 'workshop not found' });
      const groups = await store.listGroups(workshop.id);
      if (result.grant.role === 'viewer') {
        return {
          id: workshop.id,
          title: workshop.title,
          locked: workshop.locked,
          closed: workshop.closed,
          groups: groups.map(({ id, name, room }) => ({ id, name, room, online: relay.connectionsIn(room) })),
        };
      }
      return {
        id: workshop.id,
        title: workshop.title,
        template: workshop.template,
        questions: workshop.questions,
        createdAt: workshop.createdAt,
        locked: workshop.locked,
        closed: workshop.closed,
        joinCode: workshop.joinCode,
        participantToken: workshop.participantToken,
        viewerToken: workshop.viewerToken,
        links: { join: joinLink(workshop.joinCode), viewer: workshopLink(workshop.id, workshop.viewerToken) },
        groups: groups.map(({ id, name, room }) => ({
          id,
          name,
          room,
          online: relay.connectionsIn(room),
          viewerLink: boardLink(room, workshop.viewerToken),
        })),
      };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/workshops/:id/rotate',
    { schema: { params: idParams, response: { '4xx': errorBodySchema } } },
    async (request, reply) => {
      const id = request.params.id;
      const result = await access.forWorkshop(bearerToken(request.headers.authorization), id, ['facilitator']);
      if (!result.ok) return refuse(reply, result);
      const participantToken = newToken();
      const joinCode = await unusedJoinCode(store);
      await store.rotateParticipantAccess(id, participantToken, hashToken(participantToken), joinCode);
      relay.revokeRole(id, 'participant');
      request.log.info({ workshop: id }, 'participant access rotated');
      return { joinCode, participantToken, links: { join: joinLink(joinCode) } };
    },
  );

  // Lock and close: the facilitator turns one of the workshop's states on or off.
  for (const [path, key] of [
    ['lock', 'locked'],
    ['close', 'closed'],
  ] as const) {
    app.post<{ Params: { id: string }; Body: Record<typeof key, boolean> }>(
      `/api/workshops/:id/${path}`,
      {
        schema: {
          params: idParams,
          body: {
            type: 'object',
            properties: { [key]: { type: 'boolean' } },
            required: [key],
            additionalProperties: false,
          },
          response: { '4xx': errorBodySchema },
        },
      },
      async (request, reply) => {
        const id = request.params.id;
        const result = await access.forWorkshop(bearerToken(request.headers.authorization), id, ['facilitator']);
        if (!result.ok) return refuse(reply, result);
        const value = request.body[key];
        if (!(await changeState(id, key, value))) return reply.status(404).send({ error: 'workshop not found' });
        request.log.info({ workshop: id, [key]: value }, `workshop ${key} changed`);
        return { [key]: value };
      },
    );
  }

  app.post<{ Params: { id: string }; Body: { name: string } }>(
    '/api/workshops/:id/groups',
    { schema: { params: idParams, body: groupNameBody, response: { '4xx': errorBodySchema } } },
    async (request, reply) => {
      const id = request.params.id;
      const result = await access.forWorkshop(bearerToken(request.headers.authorization), id, ['facilitator']);
      if (!result.ok) return refuse(reply, result);
      const workshop = await store.getWorkshop(id);
      if (workshop === null) return reply.status(404).send({ error: 'workshop not found' });
      const groups = await store.listGroups(id);
      const name = request.body.name.trim();
      if (groups.length >= MAX_WORKSHOP_GROUPS) {
        return reply.status(409).send({ error: `a workshop has at most ${MAX_WORKSHOP_GROUPS} groups` });
      }
      if (groups.some((group) => group.name === name)) return reply.status(409).send({ error: duplicateGroupName });
      const position = (groups.at(-1)?.position ?? -1) + 1;
      // A group added later starts like the first ones; a template retired since starts empty.
      const template = isWorkshopTemplate(workshop.template) ? workshop.template : 'empty';
      const entry = newGroup({ id, title: workshop.title, template }, name, position, Date.now());
      await store.addGroup(entry);
      request.log.info({ workshop: id, group: entry.group.id }, 'group added');
      const { group } = entry;
      return reply.status(201).send({ id: group.id, name: group.name, room: group.room });
    },
  );

  app.patch<{ Params: { id: string; groupId: string }; Body: { name: string } }>(
    '/api/workshops/:id/groups/:groupId',
    { schema: { params: groupParams, body: groupNameBody, response: { '4xx': errorBodySchema } } },
    async (request, reply) => {
      const { id, groupId } = request.params;
      const result = await access.forWorkshop(bearerToken(request.headers.authorization), id, ['facilitator']);
      if (!result.ok) return refuse(reply, result);
      const name = request.body.name.trim();
      const groups = await store.listGroups(id);
      const group = groups.find((candidate) => candidate.id === groupId);
      if (group === undefined) return reply.status(404).send({ error: 'this workshop has no such group' });
      if (groups.some((other) => other.id !== groupId && other.name === name)) {
        return reply.status(409).send({ error: duplicateGroupName });
      }
      await store.renameGroup(id, groupId, name);
      request.log.info({ workshop: id, group: groupId }, 'group renamed');
      return { id: group.id, name, room: group.room };
    },
  );
}
