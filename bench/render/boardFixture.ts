/**
 * Generated workshop maps of a given number of elements, written straight into the store with
 * the shared write helpers. The mix follows a busy gemensam karta: actors in a grid of cells,
 * each with its framgångsfaktorer, hinder and notes around it (most attached to it), a few
 * loose cards, connectors between neighbouring actors, freehand strokes, and four level
 * lanes (lokal … EU) as zones behind everything.
 *
 * The actor the bench drags sits in the middle cell, exactly at the centre of the board's
 * extent, with 10 cards attached: the app frames the whole board when it opens, so that actor
 * is under the middle of the screen at any zoom around the centre.
 */
import {
  actorCategoryIds,
  actorSize,
  arrowheadOptions,
  cardSize,
  createElements,
  governanceLevels,
  relationIds,
  type NewElement,
} from '../../shared/src/index.ts';
import * as Y from 'yjs';
import type { Store } from '../../server/src/store/Store.ts';
import { seededRandom } from '../../tests/hardening/fuzzFrames.ts';

const CELL = { w: 900, h: 700 } as const;
/** Card places in a cell, relative to its corner: a row above the actor, a row below, two at each side. */
const CARD_SLOTS: readonly { x: number; y: number }[] = [
  ...[20, 240, 480, 700].map((x) => ({ x, y: 40 })),
  ...[20, 240, 480, 700].map((x) => ({ x, y: 550 })),
  { x: 20, y: 200 }, { x: 20, y: 390 }, { x: 700, y: 200 }, { x: 700, y: 390 },
];
const ACTOR_AT = { x: (CELL.w - actorSize.w) / 2, y: (CELL.h - actorSize.h) / 2 };
const DRAGGED_CARDS = 10;

const CARD_TEXTS = [
  'Stuprör mellan förvaltningar', 'Otydliga roller och mandat', 'Kortsiktig projektfinansiering',
  'Gemensam målbild', 'Tydliga uppdrag', 'Förankring i ledningen', 'Personberoende',
  'Dialog över nivåerna', 'Prestige', 'Mod att prova nytt', 'Samordnad uppföljning av RUS',
];
const cardKinds = ['enabler', 'obstacle', 'note'] as const;

export interface BoardFixture {
  elements: number;
  /** The actor the bench drags and the cards attached to it. */
  draggedActor: string;
  draggedCards: string[];
}

const oddAtLeast = (n: number): number => (Math.ceil(n) % 2 === 1 ? Math.ceil(n) : Math.ceil(n) + 1);

/** Fills `doc` with about `total` elements (exactly, for totals of 100 and more). */
export function generateBoard(doc: Y.Doc, total: number): BoardFixture {
  // Seeded, so every run draws the same board.
  const rand = seededRandom(total);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const zones = governanceLevels.length;
  const strokes = Math.round(total * 0.02);
  const actors = Math.max(1, Math.round(total * 0.12));
  const cols = oddAtLeast(Math.sqrt(actors));
  const rows = oddAtLeast(actors / cols);
  // Cells in order of distance from the middle one, so the dragged actor gets the centre.
  const middle = { col: (cols - 1) / 2, row: (rows - 1) / 2 };
  const cells = Array.from({ length: cols * rows }, (_, i) => ({ col: i % cols, row: Math.floor(i / cols) }))
    .sort((a, b) => Math.hypot(a.col - middle.col, a.row - middle.row) - Math.hypot(b.col - middle.col, b.row - middle.row))
    .slice(0, actors);
  const connectors = Math.min(actors - 1, Math.round(total * 0.12));
  const width = cols * CELL.w;
  const height = rows * CELL.h;

  const laneHeight = height / zones;
  createElements(doc, governanceLevels.map((level, i): NewElement => ({
    kind: 'zone', x: 0, y: i * laneHeight, w: width, h: laneHeight, label: level.name.sv,
  })));
  createElements(doc, Array.from({ length: strokes }, (): NewElement => {
    const points: number[] = [];
    for (let i = 0, x = 0, y = 0; i < 40; i++, x += 8 + rand() * 6, y += (rand() - 0.5) * 24) points.push(x, y);
    // Kept well inside the lanes, so the board's extent (and its centre) is the lanes'.
    return { kind: 'stroke', x: rand() * (width - 700), y: 500 + rand() * (height - 1000), points, color: '#1f2933', width: 4 };
  }));
  const actorIds = createElements(doc, cells.map((cell, i): NewElement => ({
    kind: 'actor', x: cell.col * CELL.w + ACTOR_AT.x, y: cell.row * CELL.h + ACTOR_AT.y, ...actorSize,
    category: pick(actorCategoryIds), label: i === 0 ? 'Region Örebro län' : `Aktör ${i}`,
  })));

  // Each actor to a neighbour to its right or below, as the grid allows.
  const cellIndex = new Map(cells.map((cell, i) => [`${cell.col},${cell.row}`, i]));
  const links: NewElement[] = [];
  for (const [i, cell] of cells.entries()) {
    if (links.length >= connectors) break;
    const neighbour = cellIndex.get(`${cell.col + 1},${cell.row}`) ?? cellIndex.get(`${cell.col},${cell.row + 1}`);
    if (neighbour === undefined) continue;
    links.push({
      kind: 'connector', x: 0, y: 0, from: actorIds[i]!, to: actorIds[neighbour]!, relation: pick(relationIds),
      label: rand() < 0.3 ? 'Gemensamt uppdrag' : '', arrowheads: pick(arrowheadOptions),
    });
  }
  createElements(doc, links);

  // Slots per cell: the dragged actor's cell holds its 10 cards; the rest fill at random,
  // seven in ten attached to their cell's actor.
  const freeSlots = cells.map((_, i) => (i === 0 ? CARD_SLOTS.slice(DRAGGED_CARDS) : [...CARD_SLOTS]));
  const cards = total - zones - strokes - actors - links.length;
  const cardInputs: NewElement[] = [];
  const cardAt = (cell: number, slot: { x: number; y: number }, attached: boolean): NewElement => ({
    kind: pick(cardKinds), ...cardSize, text: pick(CARD_TEXTS),
    x: (cells[cell]?.col ?? 0) * CELL.w + slot.x, y: (cells[cell]?.row ?? 0) * CELL.h + slot.y,
    ...(attached ? { attachedTo: actorIds[cell] } : {}),
  });
  for (const slot of CARD_SLOTS.slice(0, DRAGGED_CARDS)) cardInputs.push(cardAt(0, slot, true));
  const open = freeSlots.map((slots, cell) => ({ cell, slots })).filter(({ slots }) => slots.length > 0);
  while (cardInputs.length < cards && open.length > 0) {
    const at = Math.floor(rand() * open.length);
    const { cell, slots } = open[at]!;
    cardInputs.push(cardAt(cell, slots.splice(Math.floor(rand() * slots.length), 1)[0]!, cell !== 0 && rand() < 0.7));
    if (slots.length === 0) open.splice(at, 1);
  }
  const cardIds = createElements(doc, cardInputs);

  return {
    elements: zones + strokes + actorIds.length + cardIds.length + links.length,
    draggedActor: actorIds[0]!,
    draggedCards: cardIds.slice(0, DRAGGED_CARDS),
  };
}

/** Writes a generated board of `total` elements into an existing (seeded) board room. */
export async function writeBoard(store: Store, room: string, total: number): Promise<BoardFixture> {
  const doc = new Y.Doc();
  try {
    const { snapshot } = await store.loadRoom(room);
    if (snapshot !== null) Y.applyUpdate(doc, snapshot);
    const fixture = generateBoard(doc, total);
    const [seq] = await store.appendUpdates([{ room, update: Y.encodeStateAsUpdate(doc) }]);
    await store.writeSnapshot(room, Y.encodeStateAsUpdate(doc), seq ?? 0);
    return fixture;
  } finally {
    doc.destroy();
  }
}
