/**
 * Publishes what others should see of this editor: the selection (outlined in our colour on
 * their screens), the part of the board in view (for anyone following us) and the laser point.
 */
import type { Editor } from '../editor/Editor';
import { screenToBoard } from '../editor/viewport';
import type { PresenceStore } from './PresenceStore';

export function bindPresence(editor: Editor, presence: PresenceStore): () => void {
  const publishView = () => {
    const { width, height } = editor.screen.get();
    if (width === 0 || height === 0) return;
    const viewport = editor.viewport.get();
    const topLeft = screenToBoard(viewport, { x: 0, y: 0 });
    presence.setView({ ...topLeft, w: width / viewport.scale, h: height / viewport.scale });
  };
  const publishSelection = () => presence.setSelection(editor.selection.get());
  const publishLaser = () => presence.setLaser(editor.laser.get());
  publishView();
  publishSelection();
  const unsubscribers = [
    editor.viewport.subscribe(publishView),
    editor.screen.subscribe(publishView),
    editor.selection.subscribe(publishSelection),
    editor.laser.subscribe(publishLaser),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
