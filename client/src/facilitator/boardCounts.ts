/** What the wall counts on every group's board: the map's actors and its two kinds of cards. */
import type { BoardElement } from '@samkarta/shared';

export interface BoardCounts {
  actor: number;
  enabler: number;
  obstacle: number;
}

export function countElements(elements: readonly BoardElement[]): BoardCounts {
  const counts: BoardCounts = { actor: 0, enabler: 0, obstacle: 0 };
  for (const element of elements) {
    if (element.kind === 'actor' || element.kind === 'enabler' || element.kind === 'obstacle') counts[element.kind]++;
  }
  return counts;
}
