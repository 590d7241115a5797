/** Elements written the way docs/schema.md shows a plain-yjs script writing them. */
import * as Y from 'yjs';

function put(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    doc.getMap('elements').set(id, map);
  });
}

export function addCard(
  doc: Y.Doc,
  id: string,
  kind: 'obstacle' | 'enabler' | 'note',
  text: string,
  { x = 100, y = 100, attachedTo }: { x?: number; y?: number; attachedTo?: string } = {},
): void {
  put(doc, id, { kind, text: new Y.Text(text), x, y, createdBy: 'Anna', ...(attachedTo === undefined ? {} : { attachedTo }) });
}

export function addActor(doc: Y.Doc, id: string, category: string, label: string, y = 0): void {
  put(doc, id, { kind: 'actor', category, label: new Y.Text(label), x: 0, y });
}

export function addRelation(doc: Y.Doc, id: string, from: string, to: string, label = ''): void {
  put(doc, id, { kind: 'connector', from, to, relation: 'samverkan', label: new Y.Text(label), x: 0, y: 0 });
}

/** Each element's text (cards) as a plain record, for comparing boards. */
export function cardTexts(doc: Y.Doc): Record<string, string> {
  const result: Record<string, string> = {};
  doc.getMap<Y.Map<unknown>>('elements').forEach((card, id) => {
    result[id] = String(card.get('text'));
  });
  return result;
}
