/**
 * The Fastify app: health, boards API, the built client. Websocket upgrades on the same HTTP
 * server belong to the relay (see index.ts). Every error is JSON { error } with its status.
 */
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Relay } from '../relay/Relay.js';
import type { Store } from '../store/Store.js';
import { boardRoutes } from './boardRoutes.js';
import { clientRoutes } from './clientRoutes.js';
import { pathOf } from './errors.js';
import { healthRoutes } from './healthRoutes.js';
import { HttpLogController } from './HttpLogController.js';

export interface AppDeps {
  config: Config;
  store: Store;
  relay: Relay;
  logger: Logger;
}

export async function buildApp({ config, store, relay, logger }: AppDeps): Promise<FastifyInstance> {
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
  boardRoutes(app, store);
  await clientRoutes(app, config.clientDist);
  return app;
}
