/** The whole control document as boards and the wall read it, and its first state. */
import type * as Y from 'yjs';
import { readBringHere, type BringHere } from './bringHere.js';
import { CONTROL_SCHEMA_VERSION, getControlMap } from './controlMap.js';
import { readMessage, type BroadcastMessage } from './message.js';
import { readQuestions, setQuestions } from './questions.js';
import { readTimer, type Timer } from './timer.js';

export interface ControlState {
  message: BroadcastMessage | null;
  timer: Timer | null;
  questions: readonly string[];
  bringHere: BringHere | null;
}

export function readControl(doc: Y.Doc): ControlState {
  return { message: readMessage(doc), timer: readTimer(doc), questions: readQuestions(doc), bringHere: readBringHere(doc) };
}

/** What the server writes when it creates the workshop. */
export function seedControl(doc: Y.Doc, questions: readonly string[]): void {
  doc.transact(() => {
    getControlMap(doc).set('schemaVersion', CONTROL_SCHEMA_VERSION);
    setQuestions(doc, questions);
  });
}
