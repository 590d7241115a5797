/**
 * How deep an update would nest the board's shared types, measured before it is applied.
 *
 * Readers walk a board recursively (toJSON, the page, the reports), so one element nested
 * thousands of types deep overflows the stack of every reader and blanks the board for everyone
 * who opens it. The schema nests at most: a root map holding element maps (depth 1) holding
 * Y.Text fields (depth 2). A type's depth is the number of types enclosing it, root included,
 * and is that of the item that creates it; no type of a valid board is deeper than
 * MAX_TYPE_DEPTH.
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
import { CloseCode, MAX_TYPE_DEPTH, MAX_VALUE_NESTING } from '@samkarta/shared';
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

/**
 * Depth of an item already in the board, counted only to one past the bound: enough to refuse,
 * and a board that already holds a deep chain costs no more than that to walk.
 */
function boardItemDepth(item: Y.Item): number {
  let depth = 1;
  let enclosing = (item.parent as Y.AbstractType<unknown>)._item;
  while (enclosing !== null && depth <= MAX_TYPE_DEPTH) {
    depth++;
    enclosing = (enclosing.parent as Y.AbstractType<unknown>)._item;
  }
  return depth;
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
  /** Depth of the deepest shared type the update (with what waits in the board) would create. */
  typeDepth: number;
  /** Deepest plain value it carries. */
  valueNesting: number;
}

/**
 * Throws on an update that does not decode; the caller reports that as the client's error.
 * Only items that create a shared type can nest anything deeper, so an update of plain values
 * and text (every move, every keystroke) is decoded and checked for value nesting, no more.
 */
export function measureNesting(doc: Y.Doc, update: Uint8Array): Nesting {
  // Yjs keeps what waits in the v2 encoding.
  const pending = doc.store.pendingStructs?.update;
  const { structs } =
    pending === undefined
      ? Y.decodeUpdate(update)
      : Y.decodeUpdateV2(Y.mergeUpdatesV2([pending, Y.convertUpdateFormatV1ToV2(update)]));
  const result: Nesting = { typeDepth: 0, valueNesting: 0 };
  const typeItems: Y.Item[] = [];
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content;
    if (content instanceof Y.ContentType) typeItems.push(struct);
    else if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
      for (const value of content.arr) result.valueNesting = Math.max(result.valueNesting, valueNesting(value));
    }
  }
  if (typeItems.length === 0) return result;

  const index = new UpdateIndex(structs);
  const depths = new Map<Y.Item, number>();
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
      if (inBoard !== undefined) return { depth: boardItemDepth(inBoard) + plus };
    }
    // Its parent is not known yet: the update will wait; count from the shallowest start.
    return { depth: 1 };
  };

  for (const item of typeItems) {
    // Follow references down to a known depth, then assign depths back up the chain.
    const chain: { item: Y.Item; plus: number }[] = [];
    let current = item;
    let depth: number;
    for (;;) {
      const known = depths.get(current);
      if (known !== undefined) {
        depth = known;
        break;
      }
      if (chain.length > structs.length) {
        // Longer than the update: references in a cycle, which can never integrate; it
        // waits forever, counted at the shallowest depth.
        depth = 1;
        break;
      }
      const next = reference(current);
      if ('depth' in next) {
        depth = next.depth;
        depths.set(current, depth);
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
    result.typeDepth = Math.max(result.typeDepth, depths.get(item) as number);
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
  if (nesting.typeDepth > MAX_TYPE_DEPTH) {
    throw new ProtocolError(
      CloseCode.updateRejected,
      `update rejected: it nests shared types ${nesting.typeDepth} levels deep; a board allows ${MAX_TYPE_DEPTH}`,
    );
  }
  if (nesting.valueNesting > MAX_VALUE_NESTING) {
    throw new ProtocolError(
      CloseCode.updateRejected,
      `update rejected: it holds a value nested ${nesting.valueNesting} levels deep; a board allows ${MAX_VALUE_NESTING}`,
    );
  }
}
