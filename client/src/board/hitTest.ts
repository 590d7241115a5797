/**
 * What lies under a point, answered from the element store rather than from Konva so that
 * tools stay testable without a canvas and the drawing layers need not listen to events.
 * The order mirrors drawing: what is drawn on top is hit first.
 */
import type { BoardElement, ConnectorElement, ElementKind } from '@samkarta/shared';
import type { ElementStore } from './ElementStore';
import {
  connectorSegment,
  containsPoint,
  distanceToSegment,
  elementRect,
  type Point,
  type Rect,
  type Segment,
} from './geometry';

/** Height of a zone's label strip: only there does a click pick the zone, not the map under it. */
export const ZONE_HEADER = 36;

export interface HitOptions {
  /** Slack in board units for thin things (connectors, strokes) and rectangle edges. */
  tolerance?: number;
  kinds?: readonly ElementKind[];
  exclude?: ReadonlySet<string>;
}

const hitOrder = ['texts', 'cards', 'actors', 'connectors', 'back'] as const;

export function elementAt(store: ElementStore, point: Point, options: HitOptions = {}): BoardElement | null {
  const tolerance = options.tolerance ?? 0;
  for (const layer of hitOrder) {
    const ids = store.getLayer(layer);
    for (let i = ids.length - 1; i >= 0; i--) {
      const id = ids[i]!;
      if (options.exclude?.has(id)) continue;
      const element = store.get(id);
      if (!element || (options.kinds && !options.kinds.includes(element.kind))) continue;
      if (hits(store, element, point, tolerance)) return element;
    }
  }
  return null;
}

function hits(store: ElementStore, element: BoardElement, point: Point, tolerance: number): boolean {
  switch (element.kind) {
    case 'connector': {
      const segment = resolveConnector(store, element);
      return segment !== null && distanceToSegment(point, segment) <= tolerance + 4;
    }
    case 'stroke': {
      const p = element.points;
      for (let i = 0; i + 3 < p.length; i += 2) {
        const segment = {
          x1: element.x + p[i]!,
          y1: element.y + p[i + 1]!,
          x2: element.x + p[i + 2]!,
          y2: element.y + p[i + 3]!,
        };
        if (distanceToSegment(point, segment) <= tolerance + element.width / 2) return true;
      }
      return false;
    }
    case 'zone':
      return containsPoint({ x: element.x, y: element.y, w: element.w, h: ZONE_HEADER }, point, tolerance);
    default: {
      const rect = elementRect(element);
      return rect !== null && containsPoint(rect, point, tolerance);
    }
  }
}

/** The rectangle of a connector's endpoint, or null if it is missing or has no area. */
export function endpointRect(store: ElementStore, id: string): Rect | null {
  const element = store.get(id);
  return element ? elementRect(element) : null;
}

export function resolveConnector(store: ElementStore, connector: ConnectorElement): Segment | null {
  const from = endpointRect(store, connector.from);
  const to = endpointRect(store, connector.to);
  return from && to ? connectorSegment(from, to) : null;
}
