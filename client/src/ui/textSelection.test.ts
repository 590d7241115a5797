import { describe, expect, it } from 'vitest';
import { rebaseSelection } from './textSelection';

describe('rebaseSelection', () => {
  it('shifts a caret after a remote insert, keeps one before it', () => {
    expect(rebaseSelection('Region kommun', 'Region Örebro kommun', { start: 13, end: 13 })).toEqual({ start: 20, end: 20 });
    expect(rebaseSelection('Region kommun', 'Region kommun och stat', { start: 3, end: 3 })).toEqual({ start: 3, end: 3 });
  });

  it('follows a remote delete', () => {
    expect(rebaseSelection('abc def ghi', 'abc ghi', { start: 9, end: 11 })).toEqual({ start: 5, end: 7 });
  });
});
