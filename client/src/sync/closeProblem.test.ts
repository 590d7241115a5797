import { CloseCode, messages } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { closeProblem, closeProblems } from './closeProblem';

describe('closeProblem', () => {
  it('names the closes that concern the user’s edits, and only those', () => {
    expect(closeProblem(CloseCode.storageFailed)).toBe('storage');
    expect(closeProblem(CloseCode.roomUnavailable)).toBe('unavailable');
    expect(closeProblem(CloseCode.documentTooLarge)).toBe('boardFull');
    expect(closeProblem(CloseCode.goingAway)).toBeNull();
    expect(closeProblem(CloseCode.rateLimited)).toBeNull();
  });

  it('has words in both languages for every problem', () => {
    for (const problem of closeProblems) {
      expect(messages.sv.connection.problem[problem]).toMatch(/\S/);
      expect(messages.en.connection.problem[problem]).toMatch(/\S/);
    }
  });
});
