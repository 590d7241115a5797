// Hocuspocus 4 standalone, as its README starts it: `new Server({ port }).listen()`, no
// extensions, default settings. Plain JavaScript run by plain node (not through tsx), so the
// process measured holds nothing but Hocuspocus, like the reference server's own bin.
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error('PORT must be set to a port number');
  process.exit(2);
}

const server = new Server({ port, address: process.env.HOST ?? '127.0.0.1', quiet: true });
await server.listen();
console.log(`hocuspocus listening on ${port}`);

const stop = () => {
  server.destroy().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
