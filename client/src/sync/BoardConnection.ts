/**
 * The one place that touches y-websocket and y-indexeddb: a board's Y.Doc, its providers and
 * awareness, and the connection and save state shown in the top bar. The doc is also kept in
 * this browser's IndexedDB, so edits made offline or while the server is down survive a reload
 * and reach the server (Yjs merges them) when the connection returns. Everything else gets the
 * doc and the awareness and never sees the providers.
 */
import type { AccessMode } from '@samkarta/shared';
import { messageAccess, messageSaved, permanentCloseCodes, readAccess, readSaved } from '@samkarta/shared';
import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { messageSync, WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import { messageYjsSyncStep2 } from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectionPhase, type ConnectionFacts, type ConnectionPhase } from './connectionPhase';
import { SavedTracker, type SavedState } from './SavedTracker';

export interface ConnectionSnapshot {
  phase: ConnectionPhase;
  saved: SavedState;
  /** True once the first sync with the server completed. */
  synced: boolean;
  /** The last close the server explained, for a tooltip or a refusal message. */
  lastClose: { code: number; reason: string } | null;
  /** What the server lets this connection do; it drops writes of a read-only one. */
  access: AccessMode;
}

/** ws(s)://host/yjs for the page's own origin (the dev server proxies it). */
export function websocketBase(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
}

/** The IndexedDB database that keeps one board on this device. */
export function localDatabaseName(boardId: string): string {
  return `samkarta-board-${boardId}`;
}

export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  private readonly provider: WebsocketProvider;
  private readonly local: IndexeddbPersistence | null;
  /** The local copy has loaded, so from now on every update is written to it as well. */
  private keptLocally = false;
  /**
   * The local copy held edits when it loaded. Made in an earlier visit, possibly offline, they
   * may not have reached the server yet, so until this visit syncs they count as local only.
   */
  private restored = false;
  private readonly saved = new SavedTracker(this.doc);
  private readonly listeners = new Set<() => void>();
  private facts: ConnectionFacts;
  private synced = false;
  private lastClose: ConnectionSnapshot['lastClose'] = null;
  private access: AccessMode = 'readWrite';
  private snapshot: ConnectionSnapshot;

  /**
   * token: the board link's (#t=…), sent as ?token= on the websocket URL. keepLocally: false
   * for a document that is only worth reading live (a workshop's control document).
   */
  constructor(boardId: string, serverUrl: string, token: string, { keepLocally = true } = {}) {
    this.provider = new WebsocketProvider(serverUrl, boardId, this.doc, {
      shouldReconnect: (event) => !permanentCloseCodes.has(event.code),
      params: { token },
    });
    this.awareness = this.provider.awareness;
    this.local = keepLocally ? openLocalCopy(boardId, this.doc) : null;
    void this.local?.whenSynced.then(() => {
      this.keptLocally = true;
      this.restored = this.doc.store.clients.size > 0;
      this.refresh();
    }, (error: unknown) => console.warn('The board is not kept on this device', error));
    this.facts = { status: 'connecting', everConnected: false, online: navigator.onLine, refused: false };
    this.snapshot = this.compute();

    this.provider.messageHandlers[messageSaved] = (_encoder, decoder) => {
      try {
        this.saved.ack(readSaved(decoder));
      } catch (error) {
        // A malformed ack only costs us the indicator; the document itself is unaffected.
        console.warn('Ignoring malformed messageSaved', error);
      }
      this.refresh();
    };
    this.provider.messageHandlers[messageAccess] = (_encoder, decoder) => {
      try {
        this.access = readAccess(decoder);
      } catch (error) {
        // An unknown mode from a newer server: keep what we knew rather than guess.
        console.warn('Ignoring malformed messageAccess', error);
      }
      this.refresh();
    };
    this.applyFirstSyncQuietly();
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onSync);
    this.provider.on('connection-close', this.onClose);
    this.provider.on('closed', this.onRefused);
    this.doc.on('update', this.refresh);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOnline);
  }

  /**
   * Workaround for a cost of Yjs: it encodes each transaction once more for the doc's 'update'
   * listeners. For the server's first answer, the whole board (megabytes on a large one), that
   * was a third of applying it, and nobody needs it: the provider does not send back what came
   * from the server, and the local copy can keep the bytes as they came. So that message is
   * applied with those listeners off and its update handed to the local copy as it is; any other
   * 'update' listener would make Yjs encode it anyway, which is only slower.
   */
  private applyFirstSyncQuietly(): void {
    const handle = this.provider.messageHandlers[messageSync]!;
    this.provider.messageHandlers[messageSync] = (encoder, decoder, provider, emitSynced, messageType) => {
      const peek = decoding.clone(decoder);
      if (this.synced || decoding.readVarUint(peek) !== messageYjsSyncStep2) {
        handle(encoder, decoder, provider, emitSynced, messageType);
        return;
      }
      const update = decoding.readVarUint8Array(peek);
      const listeners = [provider._updateHandler, ...(this.local ? [this.local._storeUpdate] : []), this.refresh];
      listeners.forEach((listener) => this.doc.off('update', listener));
      try {
        handle(encoder, decoder, provider, emitSynced, messageType);
      } finally {
        listeners.forEach((listener) => this.doc.on('update', listener));
      }
      this.local?._storeUpdate(update, provider);
      this.refresh();
    };
  }

  destroy(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOnline);
    this.doc.off('update', this.refresh);
    this.provider.destroy();
    void this.local?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /** After a refusal: try once more (e.g. after the server was fixed). */
  reconnect(): void {
    this.setFacts({ refused: false });
    this.provider.connect();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConnectionSnapshot => this.snapshot;

  private readonly onStatus = ({ status }: { status: ConnectionFacts['status'] }) => {
    this.setFacts({ status, everConnected: this.facts.everConnected || status === 'connected' });
  };

  private readonly onSync = (synced: boolean) => {
    if (synced) this.synced = true;
    this.refresh();
  };

  private readonly onClose = (event: CloseEvent | null) => {
    if (event && event.reason) this.lastClose = { code: event.code, reason: event.reason };
    this.refresh();
  };

  private readonly onRefused = (event: { code: number; reason: string }) => {
    this.lastClose = event;
    this.setFacts({ refused: true });
  };

  private readonly onOnline = () => this.setFacts({ online: navigator.onLine });

  private setFacts(patch: Partial<ConnectionFacts>): void {
    this.facts = { ...this.facts, ...patch };
    this.refresh();
  }

  private readonly refresh = (): void => {
    const next = this.compute();
    const current = this.snapshot;
    if (
      next.phase === current.phase &&
      next.saved === current.saved &&
      next.synced === current.synced &&
      next.lastClose === current.lastClose &&
      next.access === current.access
    ) {
      return;
    }
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  };

  private compute(): ConnectionSnapshot {
    const phase = connectionPhase(this.facts);
    const saved = this.saved.state(phase === 'connected', this.keptLocally);
    return {
      phase,
      saved: saved === 'saved' && this.restored && !this.synced && phase !== 'connected' ? 'local' : saved,
      synced: this.synced,
      lastClose: this.lastClose,
      access: this.access,
    };
  }
}

/** Null where IndexedDB is missing or forbidden (some private modes): the board then works online only. */
function openLocalCopy(boardId: string, doc: Y.Doc): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return new IndexeddbPersistence(localDatabaseName(boardId), doc);
  } catch (error) {
    console.warn('The board is not kept on this device', error);
    return null;
  }
}
