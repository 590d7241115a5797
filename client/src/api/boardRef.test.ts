import { describe, expect, it } from 'vitest';
import { parseBoardRef } from './boardRef';

describe('parseBoardRef', () => {
  it('accepts a full link, a path and a bare code', () => {
    expect(parseBoardRef('https://samkarta.example/b/V1StGXR8_Z5jdHi6B-myT')).toBe('V1StGXR8_Z5jdHi6B-myT');
    expect(parseBoardRef('  /b/abc123?x=1#top ')).toBe('abc123');
    expect(parseBoardRef('abc-123_X')).toBe('abc-123_X');
  });

  it('refuses what cannot be a board id', () => {
    expect(parseBoardRef('')).toBeNull();
    expect(parseBoardRef('hello world')).toBeNull();
    expect(parseBoardRef('https://samkarta.example/')).toBeNull();
    expect(parseBoardRef('x'.repeat(65))).toBeNull();
  });
});
