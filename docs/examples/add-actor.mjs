#!/usr/bin/env node
// Puts an actor on a Samkarta board using nothing but yjs, y-websocket and ws, following
// docs/schema.md. Usage: node add-actor.mjs <server URL> <board id> <token> <category> <label>
// The token is the one in the board's link after #t= (any role that may write the board).
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const [serverUrl, boardId, token, category, label] = process.argv.slice(2);
if (!serverUrl || !boardId || !token || !category || !label) {
  console.error('usage: node add-actor.mjs <server URL> <board id> <token> <category> <label>');
  process.exit(2);
}
const wsUrl = `${serverUrl.replace(/^http/, 'ws').replace(/\/$/, '')}/yjs`;
// y-websocket appends params to the URL: ws://host/yjs/<board id>?token=<token>.
const options = { WebSocketPolyfill: WebSocket, disableBc: true, params: { token } };

function synced(provider) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync with ${wsUrl} within 10 s`)), 10_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const doc = new Y.Doc();
const provider = new WebsocketProvider(wsUrl, boardId, doc, options);
await synced(provider);

const id = `script-${Date.now().toString(36)}`;
const elements = doc.getMap('elements');
doc.transact(() => {
  const actor = new Y.Map();
  actor.set('kind', 'actor');
  actor.set('category', category);
  actor.set('label', new Y.Text(label));
  actor.set('x', 40 + elements.size * 30);
  actor.set('y', 40 + elements.size * 30);
  elements.set(id, actor);
});

// The relay stores an update before it passes it on, so once a second connection has the
// actor, the server has saved it.
const check = new Y.Doc();
const checker = new WebsocketProvider(wsUrl, boardId, check, options);
await synced(checker);
for (let attempt = 0; attempt < 100 && !check.getMap('elements').has(id); attempt++) {
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const saved = check.getMap('elements').has(id);
checker.destroy();
provider.destroy();
if (!saved) {
  console.error('the server did not confirm the actor');
  process.exit(1);
}
console.log(id);
process.exit(0);
