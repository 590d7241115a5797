import { describe, expect, it } from 'vitest';
import type { BoardElement } from '@samkarta/shared';
import { countElements } from './boardCounts';
import { miniatureView } from './Miniature';

const common = { z: 'a0', createdAt: 0, createdBy: '' };
const actor: BoardElement = { ...common, id: 'a', kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'kommun', label: 'Örebro' };
const obstacle: BoardElement = { ...common, id: 'o', kind: 'obstacle', x: 400, y: 300, w: 180, h: 110, text: 'Stuprör' };
const note: BoardElement = { ...common, id: 'n', kind: 'note', x: -100, y: 0, w: 180, h: 110, text: '' };
const stroke: BoardElement = { ...common, id: 's', kind: 'stroke', x: 0, y: 0, points: [0, 0, 10, 900], color: '#000', width: 4 };

describe('countElements', () => {
  it('counts actors, framgångsfaktorer and hinder; notes and strokes are not counted', () => {
    expect(countElements([actor, obstacle, obstacle, note, stroke])).toEqual({ actor: 1, enabler: 0, obstacle: 2 });
  });
});

describe('miniatureView', () => {
  it('frames every element with padding, strokes by their points and pen', () => {
    expect(miniatureView([actor, obstacle, note, stroke])).toEqual({ x: -140, y: -42, w: 720 + 40, h: 904 + 80 });
  });

  it('shows a fixed part of the plane for an empty board', () => {
    expect(miniatureView([]).w).toBeGreaterThan(0);
  });
});
