/** `doc.getMap('meta')`: the board's title, schema version and creation time. */
import * as Y from 'yjs';

/** Version of the document layout as a whole (which top-level maps exist and mean what). */
export const SCHEMA_VERSION = 1;

export const META_MAP = 'meta';

export interface BoardMeta {
  title: string;
  schemaVersion: number;
  createdAt: number;
}

export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_MAP);
}

/** Seeds a new board; keeps a createdAt that is already there. */
export function initBoardMeta(doc: Y.Doc, title: string, now: number = Date.now()): void {
  const meta = getMetaMap(doc);
  doc.transact(() => {
    meta.set('title', title);
    meta.set('schemaVersion', SCHEMA_VERSION);
    if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', now);
  });
}

export function readBoardMeta(doc: Y.Doc): BoardMeta {
  const meta = getMetaMap(doc);
  const title = meta.get('title');
  const schemaVersion = meta.get('schemaVersion');
  const createdAt = meta.get('createdAt');
  return {
    title: typeof title === 'string' ? title : '',
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : SCHEMA_VERSION,
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}

export function setBoardTitle(doc: Y.Doc, title: string, origin?: unknown): void {
  doc.transact(() => getMetaMap(doc).set('title', title), origin);
}
