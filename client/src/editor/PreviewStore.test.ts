import { describe, expect, it } from 'vitest';
import { PreviewStore } from './PreviewStore';

describe('PreviewStore.ids', () => {
  it('changes when a gesture starts, grows or ends, not on every move', () => {
    const preview = new PreviewStore();
    const seen: ReadonlySet<string>[] = [];
    preview.ids.subscribe(() => seen.push(preview.ids.get()));
    preview.setPositions(new Map([['a', { x: 1, y: 1 }]]));
    preview.setPositions(new Map([['a', { x: 2, y: 2 }]]));
    preview.setPositions(new Map([['a', { x: 3, y: 3 }], ['b', { x: 0, y: 0 }]]));
    preview.setPositions(new Map([['a', { x: 4, y: 4 }], ['b', { x: 1, y: 1 }]]));
    preview.clear();
    expect(seen.map((ids) => [...ids])).toEqual([['a'], ['a', 'b'], []]);
  });
});
