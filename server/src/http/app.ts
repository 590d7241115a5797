/**
 * The Fastify app: health, boards API, the built client. Websocket upgrades on the same HTTP
 * server belong to the relay (see index.ts). Every error is JSON { error } with its status.
 */
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Config } from '../config.js';
import { RateLimiter } from '../auth/RateLimiter.js';
import type { WorkshopAccess } from '../auth/WorkshopAccess.js';
import type { Relay } from '../relay/Relay.js';
import type { Store } from '../store/Store.js';
import type { BoardVersions } from '../versions/BoardVersions.js';
import { boardRoutes } from './boardRoutes.js';
import { clientRoutes } from './clientRoutes.js';
import { pathOf } from './errors.js';
import { healthRoutes } from './healthRoutes.js';
import { HttpLogController } from './HttpLogController.js';
import { reportRoutes } from './reportRoutes.js';
import { versionRoutes } from './versionRoutes.js';
import { workshopRoutes } from './workshopRoutes.js';
import { metricsRoutes } from './metricsRoutes.js';

export interface AppDeps {
  config: Config;
  store: Store;
  relay: Relay;
  access: WorkshopAccess;
  logger: Logger;
  /** Served on GET /metrics. */
  registry: Registry;
  versions: BoardVersions;
}

const JOIN_WINDOW_MS = 60_000;

export async function buildApp({ config, store, relay, access, logger, registry, versions }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // pino's Logger is a FastifyBaseLogger; the cast keeps the instance's default type.
    loggerInstance: logger.child({ component: 'http' }) as FastifyBaseLogger,
    logController: new HttpLogController(),
    // A title sent as a number or an unknown field is a client bug to report, not something
    // to coerce or strip silently (Fastify's defaults).
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    // Nothing the API takes is large; routes that need less say so.
    bodyLimit: 64 * 1024,
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error, path: pathOf(request.url) }, 'request failed');
    return reply.status(status).send({ error: status >= 500 ? 'internal server error' : error.message });
  });

  app.setNotFoundHandler(async (request, reply) =>
    reply.status(404).send({ error: `not found: ${request.method} ${pathOf(request.url)}` }),
  );

  healthRoutes(app, relay);
  metricsRoutes(app, registry);
  boardRoutes(app, store, access);
  versionRoutes(app, { store, access, versions });
  reportRoutes(app, { store, access, boards: relay });
  workshopRoutes(app, {
    store,
    access,
    relay,
    versions,
    joinLimiter: new RateLimiter(config.joinAttemptsPerMinute, JOIN_WINDOW_MS),
    trustedProxies: config.trustedProxies,
  });
  await clientRoutes(app, config.clientDist);
  return app;
}
