import { createElement, deleteElements, endVotingRound, getVotesMap, startVotingRound } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../editor/testing';
import { VotingStore } from './VotingStore';

const card = { kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Stuprör' } as const;

function votingBoard(votesPerPerson = 2) {
  const editor = createTestEditor();
  const a = createElement(editor.doc, card);
  const b = createElement(editor.doc, { kind: 'zone', x: 0, y: 0, w: 600, h: 400, label: 'Regional' });
  const store = new VotingStore(editor, 'anna');
  startVotingRound(editor.doc, { id: 'r1', votesPerPerson, startedAt: 0 });
  return { editor, store, a, zone: b };
}

describe('VotingStore', () => {
  it('casts votes within the budget and refuses the one past it', () => {
    const { editor, store, a } = votingBoard(2);
    let changes = 0;
    store.subscribe(() => changes++);
    store.vote(a);
    store.vote(a);
    store.vote(a);
    expect(getVotesMap(editor.doc).size).toBe(2);
    expect(store.getSnapshot().tally.counts.get(a)).toBe(2);
    expect(store.getSnapshot().remaining).toBe(0);
    expect(changes).toBeGreaterThan(0);
    store.unvote(a);
    expect(store.getSnapshot().remaining).toBe(1);
  });

  it('refuses votes on what is not votable, while read-only and once the round has ended', () => {
    const { editor, store, a, zone } = votingBoard(3);
    store.vote(zone);
    store.vote('no-such-element');
    editor.setReadOnly(true);
    store.vote(a);
    editor.setReadOnly(false);
    endVotingRound(editor.doc, 1);
    store.vote(a);
    expect(getVotesMap(editor.doc).size).toBe(0);
    expect(store.getSnapshot().remaining).toBe(0);
  });

  it('gives back the budget of a vote whose card was deleted', () => {
    const { editor, store, a } = votingBoard(1);
    store.vote(a);
    expect(store.getSnapshot().remaining).toBe(0);
    deleteElements(editor.doc, [a]);
    expect(store.getSnapshot().remaining).toBe(1);
    expect(store.getSnapshot().tally.counts.size).toBe(0);
  });
});
