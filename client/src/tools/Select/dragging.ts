/**
 * Moving the selection. The local view follows every pointer move through the preview store;
 * the document gets a throttled write (so others see the move live without an update per
 * frame) and a final one at the drop, in one transaction with any attach or detach.
 */
import { moveElements, updateElement } from '@samkarta/shared';
import { center, elementRect, type Point } from '../../board/geometry';
import { throttle } from '../../editor/throttle';
import type { StateContext } from '../StateChart';
import type { ToolState } from '../types';
import type { SelectStates } from './SelectTool';

/** How often a drag in progress is written to the shared document. */
export const DRAG_WRITE_INTERVAL_MS = 80;

export interface DraggingInfo {
  start: Point;
  /** Everything that moves: the selection and the cards attached to it. */
  ids: readonly string[];
}

const cardKinds = new Set(['enabler', 'obstacle', 'note']);

export function dragging({ editor, chart }: StateContext<SelectStates>, info: DraggingInfo): ToolState {
  const moving = new Set(info.ids);
  const origins = new Map<string, Point>();
  for (const id of info.ids) {
    const element = editor.store.get(id);
    if (element) origins.set(id, { x: element.x, y: element.y });
  }
  // Cards that move on their own (not carried by a moving actor) may attach or detach at the drop.
  const looseCards = info.ids.filter((id) => {
    const element = editor.store.get(id);
    return element !== undefined && cardKinds.has(element.kind) &&
      !('attachedTo' in element && element.attachedTo !== undefined && moving.has(element.attachedTo));
  });
  let positions = new Map(origins);
  let written = false;

  const toMoves = (source: ReadonlyMap<string, Point>) =>
    [...source].map(([id, { x, y }]) => ({ id, x, y }));
  const write = throttle(() => {
    written = true;
    moveElements(editor.doc, toMoves(positions), editor.origin);
  }, DRAG_WRITE_INTERVAL_MS, editor.now);

  /** The actor a loose card would attach to if dropped now. */
  const targetFor = (cardId: string): string | null => {
    const card = editor.store.get(cardId);
    const at = positions.get(cardId);
    const rect = card && elementRect(card);
    if (!rect || !at) return null;
    const actor = editor.actorAt(center({ ...rect, x: at.x, y: at.y }), moving);
    return actor?.id ?? null;
  };

  const finish = () => {
    write.cancel();
    editor.preview.clear();
    chart.transition('idle');
  };

  return {
    onPointerMove(event) {
      const dx = event.point.x - info.start.x;
      const dy = event.point.y - info.start.y;
      positions = new Map([...origins].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
      editor.preview.setPositions(positions);
      editor.preview.dropTarget.set(looseCards.length === 1 ? targetFor(looseCards[0]!) : null);
      write();
    },
    onPointerUp() {
      write.cancel();
      editor.transact(() => {
        moveElements(editor.doc, toMoves(positions), editor.origin);
        for (const id of looseCards) {
          const card = editor.store.get(id);
          const current = card && 'attachedTo' in card ? card.attachedTo : undefined;
          const target = targetFor(id) ?? undefined;
          if (target !== current) updateElement(editor.doc, id, { attachedTo: target }, editor.origin);
        }
      });
      finish();
    },
    onCancel() {
      if (written) moveElements(editor.doc, toMoves(origins), editor.origin);
      finish();
    },
  };
}
