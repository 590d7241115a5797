/**
 * The "Nivåer" command: the level lanes of shared/src/templates/levelLanes.ts, placed below
 * what is already on the board, so they never slip under existing actors and suggest a level
 * nobody chose; on an empty board they are centred in the view. One write, so one undo step;
 * then back to Markera with the lanes selected and framed.
 */
import { createElements, LEVEL_LANE, LEVEL_LANES_HEIGHT, levelLanes, type Localized } from '@samkarta/shared';
import { boundsOfIds } from '../../board/visibility';
import type { Editor } from '../../editor/Editor';
import { fitRect, screenToBoard } from '../../editor/viewport';

/** Board units between existing content and the first lane. */
const GAP_BELOW_CONTENT = 120;

export function layOutLevelLanes(editor: Editor, localize: (text: Localized) => string): string[] {
  const content = boundsOfIds(editor.store, editor.store.getOrder());
  const screen = editor.screen.get();
  const centre = screenToBoard(editor.viewport.get(), { x: screen.width / 2, y: screen.height / 2 });
  const x = Math.round(content ? content.x : centre.x - LEVEL_LANE.w / 2);
  const y = Math.round(content ? content.y + content.h + GAP_BELOW_CONTENT : centre.y - LEVEL_LANES_HEIGHT / 2);
  const ids = createElements(editor.doc, levelLanes({ x, y }, localize), editor.writeContext());
  editor.setTool('select');
  editor.select(ids);
  if (screen.width > 0) editor.viewport.set(fitRect({ x, y, w: LEVEL_LANE.w, h: LEVEL_LANES_HEIGHT }, screen, 80));
  return ids;
}
