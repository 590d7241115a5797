import { describe, expect, it } from 'vitest';
import { tokenFromFragment, withToken } from './boardToken';

describe('board token in the fragment', () => {
  it('reads back what withToken wrote', () => {
    const link = withToken('/b/room', 'abcdefghijklmnopqrstuvwxyz012345');
    expect(tokenFromFragment(link.slice(link.indexOf('#')))).toBe('abcdefghijklmnopqrstuvwxyz012345');
  });

  it('is null without a token or with one that is not a token', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#x=1')).toBeNull();
    expect(tokenFromFragment('#t=<script>')).toBeNull();
  });
});
