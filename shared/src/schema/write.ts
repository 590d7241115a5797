/**
 * The write side of the board document. Every write is one `doc.transact` with the caller's
 * origin, so undo managers and the relay can tell local changes from remote ones.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { nanoid } from 'nanoid';
import * as Y from 'yjs';
import { currentVersion, elementSpecs, getElementsMap, type BoardElement } from './elements.js';
import { VERSION_FIELD } from './record.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a caller gives to create an element; the rest is filled in here. */
export type NewElement = DistributiveOmit<BoardElement, 'id' | 'z' | 'createdAt' | 'createdBy'>;

/** Fields a caller may change after creation (text fields included: they are diffed). */
export type ElementPatch = Partial<Record<string, unknown>>;

export interface WriteContext {
  /** Display name of the author, or empty. */
  createdBy?: string;
  /** Transaction origin: the local undo manager tracks its own. */
  origin?: unknown;
  now?: number;
}

export function newElementId(): string {
  return nanoid(12);
}

/** The highest valid z key on the board, or null on an empty board. */
function topZ(elements: Y.Map<Y.Map<unknown>>): string | null {
  const keys: string[] = [];
  elements.forEach((map) => {
    const z = map instanceof Y.Map ? map.get('z') : undefined;
    if (typeof z === 'string' && z !== '') keys.push(z);
  });
  keys.sort();
  // A script may have written a z that is not a fractional index; skip those.
  for (let i = keys.length - 1; i >= 0; i--) {
    try {
      generateKeyBetween(keys[i]!, null);
      return keys[i]!;
    } catch {
      continue;
    }
  }
  return null;
}

function toYMap(input: NewElement, z: string, ctx: WriteContext, now: number): Y.Map<unknown> {
  const spec = elementSpecs[input.kind];
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    map.set(key, spec.textFields.includes(key) ? new Y.Text(String(value)) : value);
  }
  map.set(VERSION_FIELD, currentVersion(input.kind));
  map.set('z', z);
  map.set('createdAt', now);
  map.set('createdBy', ctx.createdBy ?? '');
  return map;
}

/** Creates elements on top of everything else, in the given order; returns their ids. */
export function createElements(doc: Y.Doc, inputs: readonly NewElement[], ctx: WriteContext = {}): string[] {
  const elements = getElementsMap(doc);
  const ids = inputs.map(() => newElementId());
  const now = ctx.now ?? Date.now();
  doc.transact(() => {
    const zs = generateNKeysBetween(topZ(elements), null, inputs.length);
    inputs.forEach((input, i) => elements.set(ids[i]!, toYMap(input, zs[i]!, ctx, now)));
  }, ctx.origin);
  return ids;
}

export function createElement(doc: Y.Doc, input: NewElement, ctx: WriteContext = {}): string {
  return createElements(doc, [input], ctx)[0]!;
}

/**
 * Replaces a Y.Text's content by deleting and inserting only the part that differs, so
 * someone else's concurrent typing elsewhere in the text survives.
 */
export function replaceText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  const maxStart = Math.min(prev.length, next.length);
  while (start < maxStart && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  const maxEnd = Math.min(prev.length, next.length) - start;
  while (end < maxEnd && prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  const removed = prev.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

function setField(map: Y.Map<unknown>, textFields: readonly string[], key: string, value: unknown): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  if (!textFields.includes(key)) {
    map.set(key, value);
    return;
  }
  const current = map.get(key);
  if (current instanceof Y.Text) replaceText(current, String(value));
  else map.set(key, new Y.Text(String(value)));
}

/** Changes fields of one element; `undefined` removes an optional field (e.g. attachedTo). */
export function updateElement(doc: Y.Doc, id: string, patch: ElementPatch, origin?: unknown): void {
  const map = getElementsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return;
  const kind = map.get('kind');
  const textFields = typeof kind === 'string' && Object.hasOwn(elementSpecs, kind)
    ? elementSpecs[kind as keyof typeof elementSpecs].textFields
    : [];
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) setField(map, textFields, key, value);
  }, origin);
}

/** Moves several elements in one transaction (one undo step, one update on the wire). */
export function moveElements(
  doc: Y.Doc,
  moves: readonly { id: string; x: number; y: number }[],
  origin?: unknown,
): void {
  const elements = getElementsMap(doc);
  doc.transact(() => {
    for (const { id, x, y } of moves) {
      const map = elements.get(id);
      if (!(map instanceof Y.Map)) continue;
      if (map.get('x') !== x) map.set('x', x);
      if (map.get('y') !== y) map.set('y', y);
    }
  }, origin);
}

/** Ids of the cards attached to any of `ids`. */
export function attachedCardIds(doc: Y.Doc, ids: ReadonlySet<string>): string[] {
  const attached: string[] = [];
  getElementsMap(doc).forEach((map, id) => {
    const target = map instanceof Y.Map ? map.get('attachedTo') : undefined;
    if (typeof target === 'string' && ids.has(target) && !ids.has(id)) attached.push(id);
  });
  return attached;
}

/**
 * Deletes elements and the connectors that would be left dangling. Cards attached to a
 * deleted element are detached, not deleted: a group's hinder outlive the actor they sat on.
 */
export function deleteElements(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  const elements = getElementsMap(doc);
  const doomed = new Set(ids);
  elements.forEach((map, id) => {
    if (!(map instanceof Y.Map) || map.get('kind') !== 'connector') return;
    if (doomed.has(map.get('from') as string) || doomed.has(map.get('to') as string)) doomed.add(id);
  });
  const orphans = attachedCardIds(doc, doomed);
  doc.transact(() => {
    for (const id of doomed) elements.delete(id);
    for (const id of orphans) elements.get(id)?.delete('attachedTo');
  }, origin);
}
