import { actorSize, cardSize, type NewElement } from '@samkarta/shared';
import { center, type Point } from '../../board/geometry';
import { elementAt } from '../../board/hitTest';
import type { Editor } from '../../editor/Editor';

export type PlaceableKind = 'actor' | 'enabler' | 'obstacle' | 'note';

/** Creates an element of `kind` centred on `at`; a card placed on an actor attaches to it. */
export function placeElement(editor: Editor, kind: PlaceableKind, at: Point): string {
  if (kind === 'actor') {
    const input: NewElement = {
      kind,
      x: Math.round(at.x - actorSize.w / 2),
      y: Math.round(at.y - actorSize.h / 2),
      ...actorSize,
      category: editor.ui.get().actorCategory,
      label: '',
    };
    return editor.create(input);
  }
  const attachedTo = editor.actorAt(at)?.id;
  return editor.create({
    kind,
    x: Math.round(at.x - cardSize.w / 2),
    y: Math.round(at.y - cardSize.h / 2),
    ...cardSize,
    text: '',
    ...(attachedTo ? { attachedTo } : {}),
  });
}

/** Board units between a card and the next one made beside it. */
export const NEXT_CARD_GAP = 24;
const cardKinds = ['enabler', 'obstacle', 'note'] as const;

/**
 * Tab or Ctrl+Enter while writing on a card (tldraw's habit): a new empty card of the same
 * kind and size to its right, past any cards already in that row, attached to the actor it
 * lands on. Returns its id, or null when `id` is not a card.
 */
export function placeCardBeside(editor: Editor, id: string): string | null {
  const card = editor.store.get(id);
  if (card?.kind !== 'enabler' && card?.kind !== 'obstacle' && card?.kind !== 'note') return null;
  const step = card.w + NEXT_CARD_GAP;
  const rect = { x: card.x + step, y: card.y, w: card.w, h: card.h };
  // Bounded: a row of a hundred cards is past anything a workshop writes.
  for (let i = 0; i < 100 && elementAt(editor.store, center(rect), { kinds: cardKinds }); i++) rect.x += step;
  const attachedTo = editor.actorAt(center(rect))?.id;
  return editor.create({ kind: card.kind, ...rect, text: '', ...(attachedTo ? { attachedTo } : {}) });
}
