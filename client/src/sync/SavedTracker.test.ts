import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectionPhase } from './connectionPhase';
import { SavedTracker } from './SavedTracker';

describe('SavedTracker', () => {
  it('is saved with no local edits, saving after one, saved once the clock is acked', () => {
    const doc = new Y.Doc();
    const tracker = new SavedTracker(doc);
    expect(tracker.state(true)).toBe('saved');

    doc.getMap('m').set('a', 1);
    expect(tracker.state(true)).toBe('saving');

    const clock = Y.getState(doc.store, doc.clientID);
    tracker.ack([{ clientId: doc.clientID + 1, clock: 99 }]);
    expect(tracker.state(true)).toBe('saving');
    tracker.ack([{ clientId: doc.clientID, clock }]);
    expect(tracker.state(true)).toBe('saved');
  });

  it('reports unsaved edits while offline, and never lets an older ack win', () => {
    const doc = new Y.Doc();
    const tracker = new SavedTracker(doc);
    doc.getMap('m').set('a', 1);
    const first = Y.getState(doc.store, doc.clientID);
    tracker.ack([{ clientId: doc.clientID, clock: first }]);
    doc.getMap('m').set('b', 2);
    expect(tracker.state(false)).toBe('unsaved');
    // Kept in IndexedDB, the same edits are safe on this device until the connection returns.
    expect(tracker.state(false, true)).toBe('local');
    expect(tracker.state(true, true)).toBe('saving');

    const second = Y.getState(doc.store, doc.clientID);
    tracker.ack([{ clientId: doc.clientID, clock: second }]);
    tracker.ack([{ clientId: doc.clientID, clock: first }]);
    expect(tracker.state(false)).toBe('saved');
  });

  it('ignores remote edits: only our own client id counts', () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    other.getMap('m').set('x', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(new SavedTracker(doc).state(true)).toBe('saved');
  });
});

describe('connectionPhase', () => {
  const base = { status: 'connecting', everConnected: false, online: true, refused: false } as const;
  it('tells first connection, connected, lost and refused apart', () => {
    expect(connectionPhase(base)).toBe('connecting');
    expect(connectionPhase({ ...base, status: 'connected', everConnected: true })).toBe('connected');
    expect(connectionPhase({ ...base, status: 'disconnected', everConnected: true })).toBe('offline');
    expect(connectionPhase({ ...base, status: 'connected', online: false })).toBe('offline');
    expect(connectionPhase({ ...base, status: 'disconnected', refused: true })).toBe('refused');
  });
});
