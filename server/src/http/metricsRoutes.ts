/** GET /metrics: the server's registry in the Prometheus text format, for scrapers. */
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';

export function metricsRoutes(app: FastifyInstance, registry: Registry): void {
  app.get('/metrics', async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
}
