import { describe, expect, it } from 'vitest';
import { parseGroups } from './workshops';

describe('parseGroups', () => {
  it('reads a number of groups or one name per line', () => {
    expect(parseGroups(' 18 ')).toBe(18);
    expect(parseGroups('Norr\n\n Söder \n')).toEqual(['Norr', 'Söder']);
  });

  it('refuses what the server would', () => {
    expect(parseGroups('0')).toBeNull();
    expect(parseGroups('51')).toBeNull();
    expect(parseGroups('   ')).toBeNull();
  });
});
