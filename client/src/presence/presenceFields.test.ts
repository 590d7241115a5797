import { afterEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { at, createTestEditor } from '../editor/testing';
import { createLaserTool } from '../tools/Laser/LaserTool';
import { bindPresence } from './bindPresence';
import { MAX_SHARED_SELECTION, parsePeer, PresenceStore, VIEW_INTERVAL_MS } from './PresenceStore';

afterEach(() => {
  vi.useRealTimers();
});

/** Two awarenesses wired together like two browsers on one board. */
function pair() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      awarenessProtocol.applyAwarenessUpdate(to, awarenessProtocol.encodeAwarenessUpdate(from, changed), 'remote');
    });
  relay(a, b);
  relay(b, a);
  return { a, b };
}

describe('presence beyond the cursor', () => {
  it('sends the selection, view and laser of an editor to the others, never into the document', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const editor = createTestEditor();
    const mine = new PresenceStore(a, { name: 'Modig Lo', color: '#1c7ed6' });
    const theirs = new PresenceStore(b, { name: 'Glad Räv', color: '#2b8a3e' });
    editor.screen.set({ width: 800, height: 600 });
    const unbind = bindPresence(editor, mine);

    editor.select(['actor-1', 'card-2']);
    editor.viewport.set({ x: -200, y: -100, scale: 2 });
    vi.advanceTimersByTime(VIEW_INTERVAL_MS);
    const laser = createLaserTool(editor);
    laser.enter();
    laser.onPointerDown(at(40, 50));

    const [peer] = theirs.getPeers();
    expect(peer).toMatchObject({
      name: 'Modig Lo',
      selection: ['actor-1', 'card-2'],
      view: { x: 100, y: 50, w: 400, h: 300 },
      laser: { x: 40, y: 50 },
      idle: false,
    });
    laser.onPointerUp(at(40, 50));
    expect(theirs.getPeers()[0]?.laser).toBeNull();
    // No write: the document holds no updates from anyone.
    expect(editor.doc.store.clients.size).toBe(0);

    mine.setIdle(true);
    expect(theirs.getPeers()[0]?.idle).toBe(true);
    unbind();
    mine.destroy();
    theirs.destroy();
  });

  it('does not share a huge selection, and keeps only well-formed remote fields', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = new PresenceStore(awareness, { name: 'Me', color: '#1c7ed6' });
    presence.setSelection(Array.from({ length: MAX_SHARED_SELECTION + 1 }, (_, i) => `e${i}`));
    expect(awareness.getLocalState()?.['selection']).toEqual([]);
    presence.setSelection(['a']);
    expect(awareness.getLocalState()?.['selection']).toEqual(['a']);
    expect(parsePeer(3, {
      user: { name: 'X', color: '#000000' },
      selection: ['ok', 7, { id: 'no' }],
      view: { x: 0, y: 0, w: -5, h: 10 },
      laser: { x: 1 },
      idle: 'yes',
    })).toMatchObject({ selection: ['ok'], view: null, laser: null, idle: false });
    presence.destroy();
  });
});
