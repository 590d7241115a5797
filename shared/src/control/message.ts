/**
 * `message`: the facilitator's broadcast to every board. The id changes with every send, so a
 * board can tell a new message from the one a person already dismissed.
 */
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';
import { z } from 'zod';
import { getControlMap, readControlValue } from './controlMap.js';

export const MAX_BROADCAST_LENGTH = 500;

const messageSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** Epoch milliseconds, on the facilitator's clock. */
  sentAt: z.number(),
});

export type BroadcastMessage = z.infer<typeof messageSchema>;

export function readMessage(doc: Y.Doc): BroadcastMessage | null {
  return readControlValue(doc, 'message', messageSchema);
}

/** Sends `text` (trimmed, cut to the limit) as a new message; empty text clears instead. */
export function sendMessage(doc: Y.Doc, text: string, now: number, origin?: unknown): void {
  const trimmed = text.trim().slice(0, MAX_BROADCAST_LENGTH);
  if (trimmed === '') return clearMessage(doc, origin);
  const message: BroadcastMessage = { id: nanoid(12), text: trimmed, sentAt: now };
  doc.transact(() => getControlMap(doc).set('message', message), origin);
}

export function clearMessage(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => getControlMap(doc).delete('message'), origin);
}
