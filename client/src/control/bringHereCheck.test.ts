import type { BringHere } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { checkBringHere } from './bringHereCheck';

const call = (id: string): BringHere => ({ id, room: 'r', x: 0, y: 0, zoom: 1, sentAt: 0 });

describe('checkBringHere', () => {
  it('follows nothing before the first sync, and not the call the first sync found', () => {
    expect(checkBringHere(undefined, false, call('old'))).toEqual({ seen: undefined, follow: null });
    expect(checkBringHere(undefined, true, call('old'))).toEqual({ seen: 'old', follow: null });
    expect(checkBringHere(undefined, true, null)).toEqual({ seen: null, follow: null });
  });

  it('follows each new call once', () => {
    const next = call('new');
    expect(checkBringHere('old', true, next)).toEqual({ seen: 'new', follow: next });
    expect(checkBringHere('new', true, next)).toEqual({ seen: 'new', follow: null });
    expect(checkBringHere(null, true, next)).toEqual({ seen: 'new', follow: next });
    expect(checkBringHere('new', true, null)).toEqual({ seen: null, follow: null });
  });
});
