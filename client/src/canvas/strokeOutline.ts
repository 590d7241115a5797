/**
 * A pen stroke's outline: perfect-freehand turns the stored centre line into a filled polygon
 * whose width swells and thins with simulated pressure (faster = thinner), the way ink does.
 * The document keeps only the centre line and width (docs/schema.md); the outline is derived,
 * so a stroke drawn by any client or script looks the same.
 */
import { getStroke } from 'perfect-freehand';

export function strokeOutline(points: readonly number[], width: number): number[] {
  const input: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) input.push([points[i]!, points[i + 1]!]);
  const outline = getStroke(input, { size: width * 1.6, thinning: 0.5, smoothing: 0.5, streamline: 0.4, simulatePressure: true });
  return outline.flat();
}
