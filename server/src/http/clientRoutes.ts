/**
 * The built client: its assets from CLIENT_DIST, and index.html for its pages (/, /b/<id>,
 * /join, /w/<id>; the client routes itself). Without a build the API and websocket still work; / says why it
 * shows nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const NOT_BUILT =
  'The Samkarta client is not built, so there is no page to show. Run "npm run build" and ' +
  'restart the server (or set CLIENT_DIST). The API and the websocket relay work.\n';

/** Paths the client routes itself (App.tsx). */
const CLIENT_PAGES = ['/', '/b/*', '/join', '/join/*', '/w/*'];

export async function clientRoutes(app: FastifyInstance, clientDist: string): Promise<void> {
  const built = fs.existsSync(path.join(clientDist, 'index.html'));
  if (!built) {
    app.log.warn({ clientDist }, 'client build not found; serving the API only');
    const notBuilt = async (_request: unknown, reply: FastifyReply) =>
      reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
    for (const page of CLIENT_PAGES) app.get(page, notBuilt);
    return;
  }
  await app.register(fastifyStatic, { root: clientDist, prefix: '/', index: false, wildcard: true });
  const spa = async (_request: unknown, reply: FastifyReply) => reply.sendFile('index.html');
  for (const page of CLIENT_PAGES) app.get(page, spa);
}
