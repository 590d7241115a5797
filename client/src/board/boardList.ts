/**
 * The board as the list view reads it: actors with the cards attached to them and the
 * connectors that touch them, then every card by kind, then the rest (zones, free text,
 * strokes, connectors between non-actors). Only ids and their grouping: each entry reads its
 * own element, so typing in a card re-renders that card alone.
 */
import { cardKinds, type BoardElement, type CardKindId } from '@samkarta/shared';

export interface ActorEntry {
  readonly id: string;
  /** Cards whose `attachedTo` is this actor. */
  readonly cards: readonly string[];
  /** Connectors with this actor at either end. */
  readonly connectors: readonly string[];
}

export interface BoardList {
  readonly actors: readonly ActorEntry[];
  readonly cards: Readonly<Record<CardKindId, readonly string[]>>;
  readonly others: readonly string[];
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Groups elements given in drawing order; each group keeps that order. */
export function listBoard(elements: Iterable<BoardElement>): BoardList {
  const actorIds: string[] = [];
  const cards: Record<CardKindId, string[]> = { enabler: [], obstacle: [], note: [] };
  const others: string[] = [];
  const attached = new Map<string, string[]>();
  const touching = new Map<string, string[]>();
  const connectors: Extract<BoardElement, { kind: 'connector' }>[] = [];
  for (const element of elements) {
    switch (element.kind) {
      case 'actor':
        actorIds.push(element.id);
        break;
      case 'enabler':
      case 'obstacle':
      case 'note':
        cards[element.kind].push(element.id);
        if (element.attachedTo) push(attached, element.attachedTo, element.id);
        break;
      case 'connector':
        connectors.push(element);
        break;
      default:
        others.push(element.id);
    }
  }
  const actors = new Set(actorIds);
  for (const connector of connectors) {
    const ends = [connector.from, connector.to].filter((end, i, all) => actors.has(end) && all.indexOf(end) === i);
    if (ends.length === 0) others.push(connector.id);
    for (const end of ends) push(touching, end, connector.id);
  }
  return {
    actors: actorIds.map((id) => ({ id, cards: attached.get(id) ?? [], connectors: touching.get(id) ?? [] })),
    cards,
    others,
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** True when two lists group the same ids the same way: the view need not re-render. */
export function sameList(a: BoardList, b: BoardList): boolean {
  return (
    sameIds(a.others, b.others) &&
    cardKinds.every((kind) => sameIds(a.cards[kind.id], b.cards[kind.id])) &&
    a.actors.length === b.actors.length &&
    a.actors.every((actor, i) => {
      const other = b.actors[i]!;
      return actor.id === other.id && sameIds(actor.cards, other.cards) && sameIds(actor.connectors, other.connectors);
    })
  );
}
