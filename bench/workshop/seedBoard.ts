/**
 * A group's map as a workshop leaves it: actors in a loose grid, framgångsfaktorer and hinder
 * attached to most of them, notes, and relations between neighbours. Deterministic for a given
 * size, so every run measures the same boards.
 */
import * as Y from 'yjs';
import {
  actorCategoryIds,
  createElements,
  relationIds,
  type NewElement,
} from '../../shared/src/index.ts';

/** About a fifth actors, a fifth relations, the rest cards: the mix of a real group's map. */
export function seedBoard(doc: Y.Doc, size: number): void {
  const actorCount = Math.max(2, Math.round(size / 5));
  const connectorCount = Math.min(Math.round(size / 5), actorCount - 1);
  const cardCount = size - actorCount - connectorCount;
  const actors: NewElement[] = Array.from({ length: actorCount }, (_, i) => ({
    kind: 'actor',
    x: (i % 10) * 320,
    y: Math.floor(i / 10) * 260,
    w: 200,
    h: 80,
    category: actorCategoryIds[i % actorCategoryIds.length]!,
    label: `Aktör ${i + 1}`,
  }));
  const actorIds = createElements(doc, actors);
  const cards: NewElement[] = Array.from({ length: cardCount }, (_, i) => {
    const owner = i % actorIds.length;
    const kind = (['enabler', 'obstacle', 'note'] as const)[i % 3]!;
    return {
      kind,
      x: (owner % 10) * 320 + 10,
      y: Math.floor(owner / 10) * 260 + 90 + (i % 2) * 20,
      w: 180,
      h: 110,
      text: `${kind === 'obstacle' ? 'Hinder' : kind === 'enabler' ? 'Framgångsfaktor' : 'Anteckning'} ${i + 1}`,
      // Notes float free; cards sit on their actor and move with it.
      ...(kind === 'note' ? {} : { attachedTo: actorIds[owner]! }),
    };
  });
  const connectors: NewElement[] = Array.from({ length: connectorCount }, (_, i) => ({
    kind: 'connector',
    x: 0,
    y: 0,
    from: actorIds[i]!,
    to: actorIds[i + 1]!,
    relation: relationIds[i % relationIds.length]!,
    label: '',
    arrowheads: 'end',
  }));
  createElements(doc, [...cards, ...connectors]);
}
