/**
 * Proves the generator's dialect against the contestant's own client library before any of
 * its numbers are trusted: a stock client (y-websocket's WebsocketProvider, or
 * @hocuspocus/provider for Hocuspocus) and generator clients join one room through the
 * running server, then
 *   - a generator move shows up in the stock client's Y.Doc (element x/y),
 *   - a generator cursor shows up in the stock client's awareness,
 *   - the stock client's own update and awareness are identified by the generator's
 *     receivers (a participant and an observer) from the bytes alone,
 *   - a generator participant's move reaches the generator observer.
 * Every wait is bounded; the first failure throws with what was expected.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { dialectByName, type DialectName } from './dialects.ts';
import { LoadClient, type ReceiptSink } from './LoadClient.ts';
import { roomUrl, type RoomTarget } from './step.ts';

const WAIT_MS = 5000;

interface StockPeer {
  library: string;
  doc: Y.Doc;
  awareness: Awareness;
  destroy(): void;
}

/** What each generator receiver identified, per sending client id: highest clock seen. */
class Sightings implements ReceiptSink {
  readonly updates = new Map<LoadClient, Map<number, number>>();
  readonly awareness = new Map<LoadClient, Map<number, number>>();

  onUpdate(receiver: LoadClient, client: number, _from: number, to: number): void {
    const seen = this.updates.get(receiver) ?? new Map<number, number>();
    seen.set(client, Math.max(seen.get(client) ?? 0, to));
    this.updates.set(receiver, seen);
  }

  onAwareness(receiver: LoadClient, client: number, clock: number): void {
    const seen = this.awareness.get(receiver) ?? new Map<number, number>();
    seen.set(client, Math.max(seen.get(client) ?? 0, clock));
    this.awareness.set(receiver, seen);
  }
}

async function waitFor(what: string, condition: () => boolean, lost: readonly string[]): Promise<void> {
  const deadline = performance.now() + WAIT_MS;
  while (!condition()) {
    if (lost.length > 0) throw new Error(`dialect check: a generator connection was lost (${lost.join('; ')}) before ${what}`);
    if (performance.now() > deadline) throw new Error(`dialect check: timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function stockPeer(dialect: DialectName, target: RoomTarget): StockPeer {
  const doc = new Y.Doc();
  if (dialect === 'hocuspocus') {
    // The socket is made separately because only its configuration takes a WebSocket class
    // (Node 20 has no global WebSocket); a provider given a socket must be attached by hand.
    const socket = new HocuspocusProviderWebsocket({ url: target.serverUrl, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: target.name, document: doc });
    provider.attach();
    const awareness = provider.awareness;
    if (awareness === null) throw new Error('dialect check: @hocuspocus/provider has no awareness');
    return {
      library: '@hocuspocus/provider',
      doc,
      awareness,
      destroy: () => {
        provider.destroy();
        socket.destroy();
      },
    };
  }
  // WebsocketProvider appends '/<room>' to the server URL; disableBc because Node has a global
  // BroadcastChannel and providers in one process would otherwise sync without the server.
  const provider = new WebsocketProvider(target.serverUrl, target.name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: target.senderToken === null ? {} : { token: target.senderToken },
  });
  return { library: 'y-websocket WebsocketProvider', doc, awareness: provider.awareness, destroy: () => provider.destroy() };
}

export interface CheckReport {
  library: string;
  passed: string[];
  ms: number;
}

export async function checkDialect(dialect: DialectName, target: RoomTarget): Promise<CheckReport> {
  const start = performance.now();
  const framing = dialectByName(dialect).framing(target.name);
  const sightings = new Sightings();
  const peer = stockPeer(dialect, target);
  const lost: string[] = [];
  const make = (role: 'sender' | 'observer', index: number): LoadClient =>
    new LoadClient({
      url: roomUrl(dialect, target, role),
      framing,
      role,
      index,
      sink: sightings,
      onSynced: () => {},
      onLost: (_c, reason) => lost.push(reason),
    });
  const sender = make('sender', 900);
  const observer = make('observer', -1);
  const passed: string[] = [];
  try {
    sender.connect();
    observer.connect();
    await waitFor('both generator clients are synced', () => sender.synced && observer.synced, lost);

    sender.send(sender.move().frame);
    const moved = sender.position;
    const stockElement = (): Y.Map<number> | undefined =>
      peer.doc.getMap<Y.Map<number>>('elements').get(sender.elementId);
    await waitFor(`${peer.library} sees the generator's move`, () => {
      const element = stockElement();
      return element?.get('x') === moved.x && element.get('y') === moved.y;
    }, lost);
    passed.push('generator update → stock doc');

    const { clock: cursorClock, frame: cursorFrame } = sender.cursor();
    sender.send(cursorFrame);
    await waitFor(`${peer.library} sees the generator's cursor`, () => {
      const state = peer.awareness.getStates().get(sender.clientId) as { cursor?: unknown } | undefined;
      return state?.cursor !== undefined && peer.awareness.meta.get(sender.clientId)?.clock === cursorClock;
    }, lost);
    passed.push('generator awareness → stock awareness');

    await waitFor("the generator observer identifies the participant's move", () => {
      return (sightings.updates.get(observer)?.get(sender.clientId) ?? 0) > 0;
    }, lost);
    passed.push('generator update → generator observer');

    const stockClient = peer.doc.clientID;
    peer.doc.transact(() => {
      const element = new Y.Map<number>();
      peer.doc.getMap<Y.Map<number>>('elements').set('stock', element);
      element.set('x', 1);
      element.set('y', 2);
    });
    const stockClock = Y.getState(peer.doc.store, stockClient);
    await waitFor("generator receivers identify the stock client's update", () => {
      return [sender, observer].every((r) => (sightings.updates.get(r)?.get(stockClient) ?? 0) >= stockClock);
    }, lost);
    passed.push('stock update → generator receivers (by client id and clock)');

    peer.awareness.setLocalStateField('cursor', { x: 5, y: 6 });
    const stockAwarenessClock = peer.awareness.meta.get(stockClient)?.clock ?? 0;
    await waitFor("generator receivers identify the stock client's awareness", () => {
      return [sender, observer].every(
        (r) => (sightings.awareness.get(r)?.get(stockClient) ?? -1) >= stockAwarenessClock,
      );
    }, lost);
    passed.push('stock awareness → generator receivers (by client id and clock)');
    return { library: peer.library, passed, ms: performance.now() - start };
  } finally {
    sender.close();
    observer.close();
    peer.destroy();
  }
}
