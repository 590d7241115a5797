/**
 * One simulated workshop participant (a sender: a real Y.Doc whose element it moves, plus a
 * cursor in awareness) or the room's facilitator screen (an observer: receives, never sends
 * a change). Both answer the sync handshake, so a relay treats them as real clients, and
 * both report what they receive to a ReceiptSink by id, without integrating it.
 */
import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Framing } from './dialects.ts';
import { syncStep1, syncStep2, syncUpdate, messageAwareness } from './dialects.ts';
import { readAwarenessEntries, readUpdateRanges } from './wireIds.ts';

export interface ReceiptSink {
  /** `receiver` got clocks [from, to) of `client` at `at` (performance.now()). */
  onUpdate(receiver: LoadClient, client: number, from: number, to: number, at: number): void;
  onAwareness(receiver: LoadClient, client: number, clock: number, at: number): void;
}

export interface LoadClientOptions {
  url: string;
  framing: Framing;
  role: 'sender' | 'observer';
  /** Participant number, for the element id and the name in its awareness state. */
  index: number;
  sink: ReceiptSink;
  onSynced(client: LoadClient): void;
  /** The socket closed before close() was called, or failed to open. */
  onLost(client: LoadClient, reason: string): void;
}

const COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];
/** What an observer answers to the server's sync step 1: an empty update. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

export class LoadClient {
  readonly role: 'sender' | 'observer';
  /** The Yjs client id of the sender's doc (its awareness id too, as in a stock provider). */
  readonly clientId: number;
  /** Free slot for the sink's per-receiver bookkeeping. */
  tag: unknown = null;
  synced = false;
  private ws: WebSocket | null = null;
  private closing = false;
  private readonly doc: Y.Doc | null;
  private readonly element: Y.Map<number> | null;
  private lastUpdate: Uint8Array | null = null;
  private awarenessClock = 0;
  private x: number;
  private y: number;
  private readonly name: string;
  private readonly color: string;
  private readonly framing: Framing;
  private readonly options: LoadClientOptions;

  constructor(options: LoadClientOptions) {
    this.options = options;
    this.framing = options.framing;
    this.role = options.role;
    this.x = 100 + (options.index % 40) * 30;
    this.y = 100 + Math.floor(options.index / 40) * 30;
    this.name = `P${options.index}`;
    this.color = COLORS[options.index % COLORS.length] ?? '#000000';
    if (options.role === 'sender') {
      const doc = new Y.Doc();
      doc.on('update', (update: Uint8Array) => {
        this.lastUpdate = update;
      });
      const element = new Y.Map<number>();
      doc.transact(() => {
        doc.getMap<Y.Map<number>>('elements').set(this.elementId, element);
        element.set('x', this.x);
        element.set('y', this.y);
      });
      this.doc = doc;
      this.element = element;
      this.clientId = doc.clientID;
    } else {
      this.doc = null;
      this.element = null;
      this.clientId = -1;
    }
  }

  connect(): void {
    const ws = new WebSocket(this.options.url, { perMessageDeflate: false });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    ws.on('open', this.handleOpen);
    ws.on('message', this.handleMessage);
    ws.on('error', this.handleError);
    ws.on('close', this.handleClose);
  }

  /** Moves the element (one real Yjs update) and sends it; returns its first clock. */
  move(): { clock: number; frame: Uint8Array } {
    const doc = this.doc;
    const element = this.element;
    if (doc === null || element === null) throw new Error('an observer does not send updates');
    const clock = Y.getState(doc.store, doc.clientID);
    this.x += Math.round(Math.random() * 20 - 10);
    this.y += Math.round(Math.random() * 20 - 10);
    doc.transact(() => {
      element.set('x', this.x);
      element.set('y', this.y);
    });
    const update = this.lastUpdate;
    if (update === null) throw new Error('the move produced no update');
    this.lastUpdate = null;
    return { clock, frame: this.framing.update(update) };
  }

  /** Builds the next cursor awareness message; returns its clock. */
  cursor(): { clock: number; frame: Uint8Array } {
    const clock = ++this.awarenessClock;
    const cx = this.x + Math.round(Math.random() * 200);
    const cy = this.y + Math.round(Math.random() * 200);
    const state = `{"user":{"name":"${this.name}","color":"${this.color}"},"cursor":{"x":${cx},"y":${cy}}}`;
    return { clock, frame: this.framing.awareness(this.clientId, clock, state) };
  }

  /** Where the sender's element is now: what its last move set. */
  get position(): { x: number; y: number } {
    return { x: this.x, y: this.y };
  }

  get elementId(): string {
    return `el-${this.options.index}`;
  }

  send(frame: Uint8Array): void {
    const ws = this.ws;
    if (ws !== null && ws.readyState === WebSocket.OPEN) ws.send(frame);
  }

  close(): void {
    this.closing = true;
    const ws = this.ws;
    if (ws === null) return;
    if (ws.readyState === WebSocket.OPEN) ws.close(1000);
    else if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
  }

  /** Ends the socket without a closing handshake (used when close() was not answered). */
  terminate(): void {
    this.closing = true;
    this.ws?.terminate();
  }

  get isClosed(): boolean {
    return this.ws === null || this.ws.readyState === WebSocket.CLOSED;
  }

  private readonly handleOpen = (): void => {
    for (const frame of this.framing.openFrames()) this.send(frame);
    const sv = this.doc === null ? EMPTY_STATE_VECTOR : Y.encodeStateVector(this.doc);
    this.send(this.framing.syncStep1(sv));
    if (this.doc !== null) {
      // Like a stock provider: announce presence right away, not only on the first move.
      this.send(this.cursor().frame);
    }
  };

  private readonly handleMessage = (data: Buffer): void => {
    const at = performance.now();
    const decoder = decoding.createDecoder(data);
    this.framing.skipAddress(decoder);
    const type = decoding.readVarUint(decoder);
    if (this.framing.isSync(type)) {
      const step = decoding.readVarUint(decoder);
      if (step === syncUpdate) {
        this.receivedAt = at;
        readUpdateRanges(decoder, this.onUpdateRange);
      } else if (step === syncStep1) {
        const sv = decoding.readVarUint8Array(decoder);
        const update = this.doc === null ? EMPTY_UPDATE : Y.encodeStateAsUpdate(this.doc, sv);
        this.send(this.framing.syncStep2(update));
      } else if (step === syncStep2 && !this.synced) {
        this.synced = true;
        this.options.onSynced(this);
      }
    } else if (type === messageAwareness) {
      this.receivedAt = at;
      readAwarenessEntries(decoder, this.onAwarenessEntry);
    }
    // Anything else (Samkarta's messageSaved, Hocuspocus' auth answer and sync status) is not
    // a change made by a participant.
  };

  /** Receive time of the message being read, for the id callbacks below. */
  private receivedAt = 0;

  private readonly onUpdateRange = (client: number, from: number, to: number): void => {
    if (client !== this.clientId) this.options.sink.onUpdate(this, client, from, to, this.receivedAt);
  };

  private readonly onAwarenessEntry = (client: number, clock: number): void => {
    if (client !== this.clientId) this.options.sink.onAwareness(this, client, clock, this.receivedAt);
  };

  // 'error' is followed by 'close'; whichever comes first while not closing reports the loss.
  private readonly handleError = (error: Error): void => {
    if (this.closing) return;
    this.closing = true;
    this.options.onLost(this, `error: ${error.message}`);
  };

  private readonly handleClose = (code: number, reason: Buffer): void => {
    if (this.closing) return;
    this.closing = true;
    this.options.onLost(this, `closed ${code} ${reason.toString()}`);
  };
}
