import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createTestEditor } from '../editor/testing';
import { panBy } from '../editor/viewport';
import { Follower, viewportShowing } from './Follower';
import { PresenceStore } from './PresenceStore';

/** A second person, written straight into our awareness as if it came from the network. */
function remote(awareness: Awareness, clientId: number, state: Record<string, unknown> | null) {
  if (state) awareness.states.set(clientId, state);
  else awareness.states.delete(clientId);
  awareness.emit('change', [{ added: [], updated: [clientId], removed: [] }, 'remote']);
}

describe('Follower', () => {
  it('shows what the followed person sees, keeps following as they move, and stops on our own pan', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = new PresenceStore(awareness, { name: 'Me', color: '#1c7ed6' });
    const editor = createTestEditor();
    editor.screen.set({ width: 800, height: 600 });
    const follower = new Follower(editor, presence);
    const anna = { user: { name: 'Anna', color: '#2b8a3e' }, view: { x: 100, y: 50, w: 400, h: 300 } };
    remote(awareness, 42, anna);

    follower.follow(42);
    expect(follower.followed.get()).toEqual({ clientId: 42, name: 'Anna' });
    expect(editor.viewport.get()).toEqual({ scale: 2, x: -200, y: -100 });

    remote(awareness, 42, { ...anna, view: { x: 0, y: 0, w: 800, h: 600 } });
    expect(editor.viewport.get()).toEqual({ scale: 1, x: 0, y: 0 });
    expect(follower.followed.get()).not.toBeNull();

    editor.viewport.update((v) => panBy(v, 10, 0));
    expect(follower.followed.get()).toBeNull();
    remote(awareness, 42, { ...anna, view: { x: 500, y: 500, w: 800, h: 600 } });
    expect(editor.viewport.get()).toEqual({ scale: 1, x: 10, y: 0 });

    follower.destroy();
    presence.destroy();
  });

  it('stops when the followed person leaves', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = new PresenceStore(awareness, { name: 'Me', color: '#1c7ed6' });
    const editor = createTestEditor();
    const follower = new Follower(editor, presence);
    remote(awareness, 7, { user: { name: 'Bo', color: '#2b8a3e' }, view: null });
    follower.follow(7);
    expect(follower.followed.get()?.name).toBe('Bo');
    remote(awareness, 7, null);
    expect(follower.followed.get()).toBeNull();
    follower.destroy();
    presence.destroy();
  });

  it('fits the other view into a screen of another shape', () => {
    expect(viewportShowing({ x: 0, y: 0, w: 1000, h: 500 }, { width: 500, height: 500 })).toEqual({ scale: 0.5, x: 0, y: 125 });
  });
});
