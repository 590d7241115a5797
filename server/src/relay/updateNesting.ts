/**
 * How deep an update would nest the board's shared types, measured before it is applied.
 *
 * Readers walk a board recursively (toJSON, the page, the reports), so one element nested
 * thousands of types deep overflows the stack of every reader and blanks the board for everyone
 * who opens it. The schema nests at most: a root map (level 0) holding element maps (level 1)
 * holding Y.Text fields (level 2). An item's depth is the level of the type it lives in plus
 * one, so no item of a valid board is deeper than MAX_ITEM_DEPTH.
 *
 * Decoded structs name their parent by root key, by the id of the item whose content is the
 * parent type, or not at all (then they share the parent of their origin or right origin).
 * Those references point into the same update, into the board, or nowhere yet (the update will
 * wait, pending). The updates already waiting in the board are measured together with the new
 * one, so a chain cut into pieces that wait for each other is measured whole once it connects;
 * a chain whose start is still unknown counts from depth 1 there, so it is never under-counted.
 * Everything is iterative: the input may be exactly the deep chain it must refuse.
 */
import * as Y from 'yjs';
import { CloseCode, MAX_ITEM_DEPTH, MAX_VALUE_NESTING } from '@samkarta/shared';
import { ProtocolError } from './ProtocolError.js';

type Struct = Y.Item | Y.GC | Y.Skip;

/** Items of one update by client, in clock order, to find the item holding any clock. */
class UpdateIndex {
  private readonly byClient = new Map<number, Y.Item[]>();

  constructor(structs: readonly Struct[]) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      let items = this.byClient.get(struct.id.client);
      if (items === undefined) this.byClient.set(struct.id.client, (items = []));
      items.push(struct);
    }
    for (const items of this.byClient.values()) items.sort((a, b) => a.id.clock - b.id.clock);
  }

  find(id: Y.ID): Y.Item | undefined {
    const items = this.byClient.get(id.client);
    if (items === undefined) return undefined;
    let low = 0;
    let high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const item = items[middle] as Y.Item;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  }
}

/** The level of an integrated type: 0 for a root type, one more per enclosing type. */
function levelOf(type: Y.AbstractType<unknown>, cache: Map<Y.AbstractType<unknown>, number>): number {
  const path: Y.AbstractType<unknown>[] = [];
  let current = type;
  let level: number;
  for (;;) {
    const known = cache.get(current);
    if (known !== undefined) {
      level = known;
      break;
    }
    path.push(current);
    const item: Y.Item | null = current._item;
    if (item === null) {
      level = -1;
      break;
    }
    current = item.parent as Y.AbstractType<unknown>;
  }
  for (let i = path.length - 1; i >= 0; i--) cache.set(path[i] as Y.AbstractType<unknown>, ++level);
  return level;
}

/** Depth of an item already in the board. */
function boardItemDepth(item: Y.Item, cache: Map<Y.AbstractType<unknown>, number>): number {
  return levelOf(item.parent as Y.AbstractType<unknown>, cache) + 1;
}

function boardItem(doc: Y.Doc, id: Y.ID): Y.Item | undefined {
  if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
  const struct = Y.getItem(doc.store, id) as Y.Item | Y.GC;
  return struct instanceof Y.Item ? struct : undefined;
}

/** How deep a plain JSON value nests (a number is 0, [1] is 1, [[1]] is 2). */
function valueNesting(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object' || current instanceof Uint8Array) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_VALUE_NESTING) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export interface Nesting {
  /** Deepest item the update (with what waits in the board) would add. */
  itemDepth: number;
  /** Deepest plain value it carries. */
  valueNesting: number;
}

/** Throws on an update that does not decode; the caller reports that as the client's error. */
export function measureNesting(doc: Y.Doc, update: Uint8Array): Nesting {
  // Yjs keeps what waits in the v2 encoding.
  const pending = doc.store.pendingStructs?.update;
  const { structs } =
    pending === undefined
      ? Y.decodeUpdate(update)
      : Y.decodeUpdateV2(Y.mergeUpdatesV2([pending, Y.convertUpdateFormatV1ToV2(update)]));
  const index = new UpdateIndex(structs);
  const typeLevels = new Map<Y.AbstractType<unknown>, number>();
  const depths = new Map<Y.Item, number>();
  const result: Nesting = { itemDepth: 0, valueNesting: 0 };

  /** The item this one's depth follows, with how much deeper it is, or a final depth. */
  const reference = (item: Y.Item): { item: Y.Item; plus: number } | { depth: number } => {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { depth: 1 };
    const ids: [Y.ID | null, number][] =
      parent instanceof Y.ID ? [[parent, 1]] : [[item.origin, 0], [item.rightOrigin, 0]];
    for (const [id, plus] of ids) {
      if (id === null) continue;
      const inUpdate = index.find(id);
      if (inUpdate !== undefined && inUpdate !== item) return { item: inUpdate, plus };
      const inBoard = boardItem(doc, id);
      if (inBoard !== undefined) return { depth: boardItemDepth(inBoard, typeLevels) + plus };
    }
    // Its parent is not known yet: the update will wait; count from the shallowest start.
    return { depth: 1 };
  };

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.content instanceof Y.ContentAny || struct.content instanceof Y.ContentJSON) {
      for (const value of struct.content.arr) result.valueNesting = Math.max(result.valueNesting, valueNesting(value));
    }
    if (depths.has(struct)) continue;
    // Follow references down to a known depth, then assign depths back up the chain.
    const chain: { item: Y.Item; plus: number }[] = [];
    const seen = new Set<Y.Item>();
    let current = struct;
    let depth: number;
    for (;;) {
      const known = depths.get(current);
      if (known !== undefined) {
        depth = known;
        break;
      }
      if (seen.has(current)) {
        // A cycle of references can never integrate; it waits forever at the shallowest depth.
        depth = 1;
        break;
      }
      seen.add(current);
      const next = reference(current);
      if ('depth' in next) {
        depths.set(current, next.depth);
        depth = next.depth;
        break;
      }
      chain.push({ item: current, plus: next.plus });
      current = next.item;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i] as { item: Y.Item; plus: number };
      depth += link.plus;
      depths.set(link.item, depth);
    }
    result.itemDepth = Math.max(result.itemDepth, depths.get(struct) as number);
  }
  return result;
}

/** Refuses (CloseCode.updateRejected) an update nesting deeper than the schema allows. */
export function checkNesting(doc: Y.Doc, update: Uint8Array): void {
  let nesting: Nesting;
  try {
    nesting = measureNesting(doc, update);
  } catch (error) {
    throw new ProtocolError(CloseCode.updateRejected, `update rejected: ${(error as Error).message}`);
  }
  if (nesting.itemDepth > MAX_ITEM_DEPTH) {
    throw new ProtocolError(
      CloseCode.updateRejected,
      `update rejected: it nests shared types ${nesting.itemDepth} levels deep; a board allows ${MAX_ITEM_DEPTH}`,
    );
  }
  if (nesting.valueNesting > MAX_VALUE_NESTING) {
    throw new ProtocolError(
      CloseCode.updateRejected,
      `update rejected: it holds a value nested ${nesting.valueNesting} levels deep; a board allows ${MAX_VALUE_NESTING}`,
    );
  }
}
