/**
 * Following another person's view: while we follow, our camera shows the part of the board
 * their screen shows, whenever they move. Any change of our camera that we did not make here
 * (a pan, a zoom, a fit) is the person taking the camera back, and ends following.
 */
import type { Rect } from '../board/geometry';
import type { Editor } from '../editor/Editor';
import { ValueStore } from '../editor/ValueStore';
import { viewportCentredOn, type Viewport } from '../editor/viewport';
import type { PresenceStore } from './PresenceStore';

export interface Followed {
  clientId: number;
  name: string;
}

export class Follower {
  /** Whom we follow, or null. */
  readonly followed = new ValueStore<Followed | null>(null);
  private applied: Viewport | null = null;
  private readonly unsubscribers: (() => void)[];

  constructor(private readonly editor: Editor, private readonly presence: PresenceStore) {
    this.unsubscribers = [
      presence.subscribe(this.sync),
      editor.screen.subscribe(this.sync),
      editor.viewport.subscribe(() => {
        if (this.followed.get() && editor.viewport.get() !== this.applied) this.stop();
      }),
    ];
  }

  destroy(): void {
    this.unsubscribers.forEach((unsubscribe) => unsubscribe());
  }

  follow(clientId: number): void {
    const peer = this.presence.getPeers().find((p) => p.clientId === clientId);
    if (!peer) return;
    this.followed.set({ clientId, name: peer.name });
    this.sync();
  }

  stop(): void {
    this.applied = null;
    this.followed.set(null);
  }

  private readonly sync = (): void => {
    const followed = this.followed.get();
    if (!followed) return;
    const peer = this.presence.getPeers().find((p) => p.clientId === followed.clientId);
    // They left the board: there is nothing to follow any more.
    if (!peer) return this.stop();
    if (peer.name !== followed.name) this.followed.set({ ...followed, name: peer.name });
    if (!peer.view) return;
    const next = viewportShowing(peer.view, this.editor.screen.get());
    const current = this.editor.viewport.get();
    if (current.x === next.x && current.y === next.y && current.scale === next.scale) return;
    this.applied = next;
    this.editor.viewport.set(next);
  };
}

/** The viewport that shows all of `view` as large as our screen allows, centred. */
export function viewportShowing(view: Rect, screen: { width: number; height: number }): Viewport {
  const scale = Math.min(screen.width / view.w, screen.height / view.h);
  return viewportCentredOn({ x: view.x + view.w / 2, y: view.y + view.h / 2 }, scale, screen);
}
