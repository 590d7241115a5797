import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, MAX_WORKSHOP_QUESTIONS } from '../protocol/roles.js';
import { ROOM_NAME_PATTERN } from '../protocol/messages.js';
import { bringEveryoneHere, readBringHere } from './bringHere.js';
import { readControl, seedControl } from './controlDoc.js';
import { CONTROL_SCHEMA_VERSION, getControlMap } from './controlMap.js';
import { controlRoomName, workshopOfControlRoom } from './controlRoom.js';
import { clearMessage, MAX_BROADCAST_LENGTH, readMessage, sendMessage } from './message.js';
import { readQuestions, setQuestions } from './questions.js';
import {
  formatCountdown,
  pauseTimer,
  readTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  timerEnded,
  timerRemainingMs,
} from './timer.js';

const workshopId = 'V1StGXR8_Z5jdHi6B-myT';

describe('the control room', () => {
  it('is a valid room name that maps back to its workshop and never looks like a board id', () => {
    const room = controlRoomName(workshopId);
    expect(room).toMatch(ROOM_NAME_PATTERN);
    expect(workshopOfControlRoom(room)).toBe(workshopId);
    // Board ids are 21-character nanoids.
    expect(room.length).not.toBe(21);
    expect(workshopOfControlRoom(workshopId)).toBeNull();
    expect(workshopOfControlRoom('control-')).toBeNull();
  });
});

describe('readers', () => {
  it('give the empty state for an empty document', () => {
    expect(readControl(new Y.Doc())).toEqual({ message: null, timer: null, questions: [], bringHere: null });
  });

  it('tolerate garbage: wrong types, missing fields, unknown timer states', () => {
    const doc = new Y.Doc();
    const control = getControlMap(doc);
    control.set('message', { id: 'a', text: 42, sentAt: 1 });
    control.set('timer', { id: 't', state: 'exploded', durationMs: 1000, endsAt: 5 });
    control.set('questions', ['Vem?', 7, '  ', null, ' Vad krävs? ']);
    control.set('bringHere', { id: 'b', room: 'r', x: 'left', y: 0, zoom: 1, sentAt: 0 });
    expect(readControl(doc)).toEqual({ message: null, timer: null, questions: ['Vem?', 'Vad krävs?'], bringHere: null });
    control.set('questions', 'not a list');
    control.set('timer', 'soon');
    expect(readQuestions(doc)).toEqual([]);
    expect(readTimer(doc)).toBeNull();
  });

  it('keep records that carry fields a newer version added', () => {
    const doc = new Y.Doc();
    getControlMap(doc).set('message', { id: 'm', text: 'Paus', sentAt: 3, colour: 'red' });
    expect(readMessage(doc)).toEqual({ id: 'm', text: 'Paus', sentAt: 3 });
  });
});

describe('writers', () => {
  it('seed the version and the questions, within their bounds', () => {
    const doc = new Y.Doc();
    const many = Array.from({ length: MAX_WORKSHOP_QUESTIONS + 3 }, (_, i) => `Fråga ${i}`);
    seedControl(doc, [...many.slice(0, 1), 'x'.repeat(MAX_QUESTION_LENGTH + 9), ...many.slice(1)]);
    expect(getControlMap(doc).get('schemaVersion')).toBe(CONTROL_SCHEMA_VERSION);
    const questions = readQuestions(doc);
    expect(questions).toHaveLength(MAX_WORKSHOP_QUESTIONS);
    expect(questions[1]).toHaveLength(MAX_QUESTION_LENGTH);
    setQuestions(doc, ['Ny fråga', '']);
    expect(readQuestions(doc)).toEqual(['Ny fråga']);
  });

  it('give every message a new id; empty text and clear remove it', () => {
    const doc = new Y.Doc();
    sendMessage(doc, '  Fem minuter kvar ', 100);
    const first = readMessage(doc);
    expect(first).toMatchObject({ text: 'Fem minuter kvar', sentAt: 100 });
    sendMessage(doc, 'Fem minuter kvar', 200);
    expect(readMessage(doc)?.id).not.toBe(first?.id);
    sendMessage(doc, 'x'.repeat(MAX_BROADCAST_LENGTH + 1), 300);
    expect(readMessage(doc)?.text).toHaveLength(MAX_BROADCAST_LENGTH);
    sendMessage(doc, '   ', 400);
    expect(readMessage(doc)).toBeNull();
    sendMessage(doc, 'Igen', 500);
    clearMessage(doc);
    expect(readMessage(doc)).toBeNull();
  });

  it('carry the origin, so an undo manager can tell whose write it was', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const origin = { name: 'wall' };
    sendMessage(doc, 'Hej', 1, origin);
    startTimer(doc, 1000, 1, origin);
    bringEveryoneHere(doc, { room: 'r', x: 1, y: 2, zoom: 1.5 }, 1, origin);
    setQuestions(doc, ['Q'], origin);
    expect(origins).toEqual([origin, origin, origin, origin]);
  });

  it('gives every "bring everyone here" a new id', () => {
    const doc = new Y.Doc();
    bringEveryoneHere(doc, { room: 'r', x: 10, y: -20, zoom: 0.5 }, 7);
    const first = readBringHere(doc);
    expect(first).toMatchObject({ room: 'r', x: 10, y: -20, zoom: 0.5, sentAt: 7 });
    bringEveryoneHere(doc, { room: 'r', x: 10, y: -20, zoom: 0.5 }, 8);
    expect(readBringHere(doc)?.id).not.toBe(first?.id);
  });
});

describe('timer math', () => {
  it('counts down from the start and ends at endsAt', () => {
    const doc = new Y.Doc();
    startTimer(doc, 5 * 60_000, 1_000);
    const timer = readTimer(doc)!;
    expect(timer).toMatchObject({ state: 'running', durationMs: 300_000, endsAt: 301_000 });
    expect(timerRemainingMs(timer, 1_000)).toBe(300_000);
    expect(timerRemainingMs(timer, 61_000)).toBe(240_000);
    expect(timerEnded(timer, 300_999)).toBe(false);
    expect(timerEnded(timer, 301_000)).toBe(true);
    expect(timerRemainingMs(timer, 400_000)).toBe(0);
  });

  it('pauses with what was left and resumes from it', () => {
    const doc = new Y.Doc();
    startTimer(doc, 60_000, 0);
    const id = readTimer(doc)!.id;
    pauseTimer(doc, 15_000);
    const paused = readTimer(doc)!;
    expect(paused).toMatchObject({ id, state: 'paused', remainingMs: 45_000 });
    expect(timerRemainingMs(paused, 999_999)).toBe(45_000);
    expect(timerEnded(paused, 999_999)).toBe(false);
    pauseTimer(doc, 20_000);
    expect(readTimer(doc)).toEqual(paused);
    resumeTimer(doc, 100_000);
    expect(readTimer(doc)).toMatchObject({ id, state: 'running', endsAt: 145_000 });
    stopTimer(doc);
    expect(readTimer(doc)).toBeNull();
    resumeTimer(doc, 0);
    expect(readTimer(doc)).toBeNull();
  });

  it('formats mm:ss, a started second counting as a whole one', () => {
    expect(formatCountdown(300_000)).toBe('05:00');
    expect(formatCountdown(299_001)).toBe('05:00');
    expect(formatCountdown(299_000)).toBe('04:59');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(90 * 60_000)).toBe('90:00');
  });
});
