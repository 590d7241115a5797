/**
 * `questions`: the discussion questions every board shows. Seeded by the server from the
 * workshop as created (POST /api/workshops `questions`); the facilitator edits them on the wall.
 */
import type * as Y from 'yjs';
import { MAX_QUESTION_LENGTH, MAX_WORKSHOP_QUESTIONS } from '../protocol/roles.js';
import { getControlMap } from './controlMap.js';

/** The questions as shown: strings only, empty ones left out, within the workshop's bounds. */
export function normalizeQuestions(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((question): question is string => typeof question === 'string')
    .map((question) => question.trim().slice(0, MAX_QUESTION_LENGTH))
    .filter((question) => question !== '')
    .slice(0, MAX_WORKSHOP_QUESTIONS);
}

export function readQuestions(doc: Y.Doc): string[] {
  return normalizeQuestions(getControlMap(doc).get('questions'));
}

export function setQuestions(doc: Y.Doc, questions: readonly string[], origin?: unknown): void {
  doc.transact(() => getControlMap(doc).set('questions', normalizeQuestions(questions)), origin);
}
