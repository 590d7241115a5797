/**
 * What the documentation shows of one group's board, read from its stored state: the actors
 * placed, every card under the actor or relation it is attached to (unattached ones last) with
 * its votes in the board's round, free texts, and how many elements could not be read.
 */
import * as Y from 'yjs';
import {
  countVotes,
  getElementsMap,
  readElement,
  readVotes,
  readVotingRound,
  relationType,
  votingCandidates,
  type ActorElement,
  type BoardElement,
  type CardElement,
  type ConnectorElement,
  type TextElement,
} from '@samkarta/shared';

export interface ReportCard {
  id: string;
  kind: CardElement['kind'];
  text: string;
  votes: number;
  author: string;
  createdAt: number;
  /** The actor's label or the relation's name it is attached to; null when unattached. */
  anchor: string | null;
  /** 'actor' or 'relation' for an attached card. */
  anchorKind: 'actor' | 'relation' | null;
}

export interface GroupContent {
  actors: ActorElement[];
  cards: ReportCard[];
  texts: TextElement[];
  /** Elements on the board that this version cannot read (broken or from a newer version). */
  skipped: number;
  /** Every readable element, for the image and the JSON export. */
  elements: BoardElement[];
}

function byPosition(a: { y: number; x: number }, b: { y: number; x: number }): number {
  return a.y - b.y || a.x - b.x;
}

/** The relation's own label, else its type, with the actors it joins. */
function relationName(connector: ConnectorElement, actors: ReadonlyMap<string, ActorElement>, language: 'sv' | 'en'): string {
  const ends = [actors.get(connector.from)?.label, actors.get(connector.to)?.label].filter(Boolean).join(' – ');
  const name = connector.label.trim() || relationType(connector.relation).name[language];
  return ends === '' ? name : `${name} (${ends})`;
}

export function readGroupContent(state: Uint8Array, language: 'sv' | 'en'): GroupContent {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const elements: BoardElement[] = [];
  let skipped = 0;
  getElementsMap(doc).forEach((value, id) => {
    const element = readElement(id, value);
    if (element === null) skipped++;
    else elements.push(element);
  });
  const round = readVotingRound(doc);
  const counts = round === null ? new Map<string, number>() : countVotes(readVotes(doc, round.id), round, votingCandidates(elements)).counts;
  doc.destroy();

  const actors = elements.filter((e): e is ActorElement => e.kind === 'actor').sort(byPosition);
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const connectors = new Map(
    elements.filter((e): e is ConnectorElement => e.kind === 'connector').map((connector) => [connector.id, connector]),
  );
  const cards = elements
    .filter((e): e is CardElement => e.kind === 'enabler' || e.kind === 'obstacle' || e.kind === 'note')
    .sort(byPosition)
    .map((card): ReportCard => {
      const actor = card.attachedTo === undefined ? undefined : actorsById.get(card.attachedTo);
      const connector = card.attachedTo === undefined ? undefined : connectors.get(card.attachedTo);
      return {
        id: card.id,
        kind: card.kind,
        text: card.text,
        votes: counts.get(card.id) ?? 0,
        author: card.createdBy,
        createdAt: card.createdAt,
        anchor: actor !== undefined ? actor.label : connector !== undefined ? relationName(connector, actorsById, language) : null,
        anchorKind: actor !== undefined ? 'actor' : connector !== undefined ? 'relation' : null,
      };
    });
  const texts = elements.filter((e): e is TextElement => e.kind === 'text').sort(byPosition);
  return { actors, cards, texts, skipped, elements };
}
