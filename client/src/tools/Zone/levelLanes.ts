/**
 * The "Nivåer" template: one zone per governance level (shared/src/catalogue/levels.ts) as
 * stacked lanes, EU at the top and lokal at the bottom as in multi-level governance diagrams.
 * The lanes go below what is already on the board, so they never slip under existing actors
 * and suggest a level nobody chose; on an empty board they are centred in the view. One
 * write, so one undo step; then back to Markera with the lanes selected and framed.
 */
import { createElements, governanceLevels, type Localized, type NewElement } from '@samkarta/shared';
import { boundsOfIds } from '../../board/visibility';
import type { Editor } from '../../editor/Editor';
import { fitRect, screenToBoard } from '../../editor/viewport';

export const LANE = { w: 1600, h: 280 } as const;
/** Board units between existing content and the first lane. */
const GAP_BELOW_CONTENT = 120;

export function layOutLevelLanes(editor: Editor, localize: (text: Localized) => string): string[] {
  const content = boundsOfIds(editor.store, editor.store.getOrder());
  const screen = editor.screen.get();
  const centre = screenToBoard(editor.viewport.get(), { x: screen.width / 2, y: screen.height / 2 });
  const total = LANE.h * governanceLevels.length;
  const x = Math.round(content ? content.x : centre.x - LANE.w / 2);
  const y = Math.round(content ? content.y + content.h + GAP_BELOW_CONTENT : centre.y - total / 2);
  const lanes: NewElement[] = [...governanceLevels].reverse().map((level, i) => ({
    kind: 'zone',
    x,
    y: y + i * LANE.h,
    ...LANE,
    label: localize(level.name),
  }));
  const ids = createElements(editor.doc, lanes, editor.writeContext());
  editor.setTool('select');
  editor.select(ids);
  if (screen.width > 0) editor.viewport.set(fitRect({ x, y, w: LANE.w, h: total }, screen, 80));
  return ids;
}
