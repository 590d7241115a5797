import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CURSOR_INTERVAL_MS, parsePeer, PresenceStore } from './PresenceStore';

afterEach(() => {
  vi.useRealTimers();
});

describe('PresenceStore', () => {
  it('publishes name, colour and a throttled cursor in the awareness state, not the document', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const presence = new PresenceStore(awareness, { name: 'Klok Uggla', color: '#1c7ed6' });
    presence.setCursor({ x: 1, y: 2 });
    presence.setCursor({ x: 3, y: 4 });
    expect(awareness.getLocalState()).toMatchObject({ user: { name: 'Klok Uggla' }, cursor: { x: 1, y: 2 } });
    vi.advanceTimersByTime(CURSOR_INTERVAL_MS);
    expect(awareness.getLocalState()).toMatchObject({ cursor: { x: 3, y: 4 } });
    presence.setCursor(null);
    expect(awareness.getLocalState()?.['cursor']).toBeNull();
    expect(doc.share.size).toBe(0);
    presence.destroy();
    awareness.destroy();
  });

  it('lists other people only, skipping malformed states', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = new PresenceStore(awareness, { name: 'Me', color: '#1c7ed6' });
    expect(presence.getPeers()).toEqual([]);
    expect(parsePeer(7, { user: { name: 'Glad Räv', color: '#2b8a3e' }, cursor: { x: 5, y: 6 } }))
      .toMatchObject({ clientId: 7, name: 'Glad Räv', color: '#2b8a3e', cursor: { x: 5, y: 6 }, selection: [], idle: false });
    expect(parsePeer(8, { user: { name: 'Evil', color: 'url(javascript:1)' } })).toBeNull();
    expect(parsePeer(9, { cursor: { x: 1, y: 1 } })).toBeNull();
    expect(parsePeer(10, { user: { name: 'A', color: '#000000' }, cursor: { x: 'a' } })?.cursor).toBeNull();
    presence.destroy();
    awareness.destroy();
  });
});
