/**
 * `bringHere`: "Samla alla här". The facilitator's view of one board (its centre in board
 * units and its zoom); people on that board move their camera there. The id changes with
 * every call, so a board reacts to new calls only, never to one made before it opened.
 */
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';
import { z } from 'zod';
import { getControlMap, readControlValue } from './controlMap.js';

const bringHereSchema = z.object({
  id: z.string().min(1),
  /** The board (room) it is for; boards of other groups ignore it. */
  room: z.string().min(1),
  x: z.number(),
  y: z.number(),
  zoom: z.number().positive(),
  sentAt: z.number(),
});

export type BringHere = z.infer<typeof bringHereSchema>;

export function readBringHere(doc: Y.Doc): BringHere | null {
  return readControlValue(doc, 'bringHere', bringHereSchema);
}

export function bringEveryoneHere(
  doc: Y.Doc,
  view: { room: string; x: number; y: number; zoom: number },
  now: number,
  origin?: unknown,
): void {
  const bringHere: BringHere = { id: nanoid(12), ...view, sentAt: now };
  doc.transact(() => getControlMap(doc).set('bringHere', bringHere), origin);
}
