/** Everything one open board needs, created together and torn down together. */
import { boundsOfIds } from '../board/visibility';
import { Editor } from '../editor/Editor';
import { ValueStore } from '../editor/ValueStore';
import { fitRect } from '../editor/viewport';
import { bindPresence } from '../presence/bindPresence';
import { Follower } from '../presence/Follower';
import { loadIdentity, saveIdentity, type Identity } from '../presence/identity';
import { trackIdle } from '../presence/idleTracker';
import { PresenceStore } from '../presence/PresenceStore';
import { BoardConnection, websocketBase } from '../sync/BoardConnection';
import { localOrigin } from '../sync/origin';

export interface BoardSession {
  connection: BoardConnection;
  editor: Editor;
  presence: PresenceStore;
  follower: Follower;
  identity: ValueStore<Identity>;
  rename(name: string): void;
  destroy(): void;
}

/** `opened`: a connection to this board made before the editor (see boardOpening.ts), maybe synced already. */
export function openBoardSession(boardId: string, token: string, opened: BoardConnection | null = null): BoardSession {
  const connection = opened ?? new BoardConnection(boardId, websocketBase(window.location), token);
  const identity = new ValueStore(loadIdentity(window.localStorage));
  const editor = new Editor({ doc: connection.doc, origin: localOrigin, author: () => identity.get().name });
  const presence = new PresenceStore(connection.awareness, identity.get());
  const follower = new Follower(editor, presence);
  const unbindPresence = bindPresence(editor, presence);
  const stopTrackingIdle = trackIdle((idle) => presence.setIdle(idle));
  const screen = () => ({ width: window.innerWidth, height: window.innerHeight });
  // Until the board has loaded, show its origin in the middle of the screen.
  const initial = { x: screen().width / 2, y: screen().height / 2, scale: 1 };
  editor.viewport.set(initial);
  // The server decides what this connection may do; the editor follows it (see docs/protocol.md).
  const followAccess = () => editor.setReadOnly(connection.getSnapshot().access !== 'readWrite');
  const stopFollowingAccess = connection.subscribe(followAccess);
  followAccess();
  // Once loaded, frame what is there, unless the person has already moved the view.
  let stopFitting = () => {};
  const fitOnceSynced = () => {
    if (!connection.getSnapshot().synced) return;
    stopFitting();
    const content = boundsOfIds(editor.store, editor.store.getOrder());
    if (content && editor.viewport.get() === initial) editor.viewport.set(fitRect(content, screen(), 120));
  };
  stopFitting = connection.subscribe(fitOnceSynced);
  fitOnceSynced();
  return {
    connection,
    editor,
    presence,
    follower,
    identity,
    rename(name) {
      const next = { ...identity.get(), name };
      identity.set(next);
      saveIdentity(window.localStorage, next);
      presence.setIdentity(next);
    },
    destroy() {
      stopFitting();
      stopFollowingAccess();
      stopTrackingIdle();
      unbindPresence();
      follower.destroy();
      presence.destroy();
      editor.destroy();
      connection.destroy();
    },
  };
}
