/**
 * A stroke element from absolute board points: placed at the top-left of its points, with
 * points relative to that (docs/schema.md), rounded to a tenth of a unit to keep the document
 * small. A single point (a tap) becomes a dot.
 */
import type { NewElement } from '@samkarta/shared';
import type { PenStyle } from './penStyle';

const round = (value: number) => Math.round(value * 10) / 10;

export function strokeFromPoints(absolute: readonly number[], style: PenStyle): NewElement {
  const points = absolute.length === 2 ? [...absolute, ...absolute] : [...absolute];
  let x = Infinity;
  let y = Infinity;
  for (let i = 0; i < points.length; i += 2) {
    x = Math.min(x, points[i]!);
    y = Math.min(y, points[i + 1]!);
  }
  x = round(x);
  y = round(y);
  return {
    kind: 'stroke',
    x,
    y,
    points: points.map((value, i) => round(value - (i % 2 === 0 ? x : y))),
    color: style.color,
    width: style.width,
  };
}
