/**
 * Copies of elements, for duplicate and paste. Shapes are copied first so that copied
 * connectors and attached cards can point at the copies of their ends; a connector is copied
 * only when both its ends are, and a card whose actor is not copied keeps its attachment only
 * if that actor is on this board.
 */
import type * as Y from 'yjs';
import { getElementsMap, type BoardElement } from './elements.js';
import { createElements, type NewElement, type WriteContext } from './write.js';

export interface Offset {
  dx: number;
  dy: number;
}

/** The fields a copy is created from: everything but identity, order and authorship. */
function toNew(element: BoardElement): NewElement {
  const { id: _id, z: _z, createdAt: _createdAt, createdBy: _createdBy, ...rest } = element;
  return rest as NewElement;
}

/** Creates copies of `elements` (in drawing order) shifted by `offset`; returns old id → new id. */
export function duplicateElements(
  doc: Y.Doc,
  elements: readonly BoardElement[],
  offset: Offset,
  ctx: WriteContext = {},
): Map<string, string> {
  const board = getElementsMap(doc);
  const copied = new Map<string, string>();
  const shapes = elements.filter((e) => e.kind !== 'connector');
  const sourceIds = new Set(shapes.map((e) => e.id));
  doc.transact(() => {
    const shapeInputs = shapes.map((element): NewElement => {
      const input = { ...toNew(element), x: element.x + offset.dx, y: element.y + offset.dy } as NewElement;
      if (!('attachedTo' in input) || input.attachedTo === undefined) return input;
      // Remapped below when the target is copied too; dropped when it is on no board here.
      if (!sourceIds.has(input.attachedTo) && !board.has(input.attachedTo)) {
        const { attachedTo: _dropped, ...free } = input;
        return free as NewElement;
      }
      return input;
    });
    createElements(doc, shapeInputs, ctx).forEach((id, i) => copied.set(shapes[i]!.id, id));
    for (const copy of copied.values()) {
      const target = board.get(copy)?.get('attachedTo');
      if (typeof target === 'string' && copied.has(target)) board.get(copy)!.set('attachedTo', copied.get(target));
    }
    const connectors = elements.filter(
      (e): e is Extract<BoardElement, { kind: 'connector' }> =>
        e.kind === 'connector' && copied.has(e.from) && copied.has(e.to),
    );
    const connectorInputs = connectors.map((c): NewElement => ({ ...toNew(c), from: copied.get(c.from)!, to: copied.get(c.to)! } as NewElement));
    createElements(doc, connectorInputs, ctx).forEach((id, i) => copied.set(connectors[i]!.id, id));
  }, ctx.origin);
  return copied;
}
