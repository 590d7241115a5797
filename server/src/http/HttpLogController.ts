/**
 * Fastify's request log lines, replaced: one line per completed request with method, path
 * (never the query string: tokens will travel there), status and duration. Health probes log
 * at debug so they do not drown the rest.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LogController } from 'fastify';
import { pathOf } from './errors.js';

export class HttpLogController extends LogController {
  override incomingRequest(): void {
    // The completed-request line says everything; a second line per request is noise.
  }

  override routeNotFound(): void {
    // Fastify's line carries the full URL; requestCompleted logs the 404 with the path only.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const path = pathOf(request.url);
    const line = { method: request.method, path, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (error) request.log.error({ ...line, err: error }, 'request failed');
    else if (path === '/healthz') request.log.debug(line, 'request');
    else request.log.info(line, 'request');
  }
}
