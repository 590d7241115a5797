/**
 * The level lanes (flernivåstyrning): one zone per governance level, stacked with EU at the
 * top and lokal at the bottom as in multi-level governance diagrams. Both the "Aktörskarta"
 * template the server writes into new boards and the board's "Nivåer" command lay them out
 * from here.
 */
import { governanceLevels } from '../catalogue/levels.js';
import type { Localized } from '../catalogue/localized.js';
import type { NewElement } from '../schema/write.js';

export const LEVEL_LANE = { w: 1600, h: 280 } as const;

/** Height of all lanes together. */
export const LEVEL_LANES_HEIGHT = LEVEL_LANE.h * governanceLevels.length;

/** The lanes with their top-left corner at `origin`, titled by `localize`, top lane first. */
export function levelLanes(origin: { x: number; y: number }, localize: (text: Localized) => string): NewElement[] {
  return [...governanceLevels].reverse().map((level, i) => ({
    kind: 'zone',
    x: origin.x,
    y: origin.y + i * LEVEL_LANE.h,
    ...LEVEL_LANE,
    label: localize(level.name),
  }));
}
