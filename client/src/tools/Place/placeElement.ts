import { actorSize, cardSize, type NewElement } from '@samkarta/shared';
import type { Point } from '../../board/geometry';
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
