/** GET /healthz: liveness plus the relay's load, for probes and tests. */
import type { FastifyInstance } from 'fastify';
import type { Relay } from '../relay/Relay.js';

export function healthRoutes(app: FastifyInstance, relay: Relay): void {
  app.get('/healthz', async () => ({
    status: 'ok',
    rooms: relay.roomCount,
    connections: relay.connectionCount,
  }));
}
