/**
 * The element registry and the read side of `doc.getMap('elements')`. Readers skip what
 * they cannot understand (unknown kinds from newer versions, broken fields from scripts)
 * and never modify it, so such elements survive untouched for whoever can read them.
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import { actorMigrations, actorSchema, actorTextFields, type ActorElement } from './actor.js';
import { cardTextFields } from './card.js';
import {
  connectorMigrations,
  connectorSchema,
  connectorTextFields,
  type ConnectorElement,
} from './connector.js';
import { enablerMigrations, enablerSchema, type EnablerElement } from './enabler.js';
import { noteMigrations, noteSchema, type NoteElement } from './note.js';
import { obstacleMigrations, obstacleSchema, type ObstacleElement } from './obstacle.js';
import { migrateRecord, recordVersion, yMapToRecord, type Migration, type RawRecord } from './record.js';
import { strokeMigrations, strokeSchema, strokeTextFields, type StrokeElement } from './stroke.js';
import { textMigrations, textSchema, textTextFields, type TextElement } from './text.js';
import { zoneMigrations, zoneSchema, zoneTextFields, type ZoneElement } from './zone.js';

export type BoardElement =
  | ActorElement
  | EnablerElement
  | ObstacleElement
  | NoteElement
  | ConnectorElement
  | StrokeElement
  | ZoneElement
  | TextElement;

export type ElementKind = BoardElement['kind'];
export type CardElement = EnablerElement | ObstacleElement | NoteElement;
export type ElementOfKind<K extends ElementKind> = Extract<BoardElement, { kind: K }>;

export interface ElementSpec {
  readonly schema: z.ZodType;
  readonly migrations: readonly Migration[];
  /** Fields stored as Y.Text so that concurrent typing merges. */
  readonly textFields: readonly string[];
}

export const elementSpecs: Readonly<Record<ElementKind, ElementSpec>> = {
  actor: { schema: actorSchema, migrations: actorMigrations, textFields: actorTextFields },
  enabler: { schema: enablerSchema, migrations: enablerMigrations, textFields: cardTextFields },
  obstacle: { schema: obstacleSchema, migrations: obstacleMigrations, textFields: cardTextFields },
  note: { schema: noteSchema, migrations: noteMigrations, textFields: cardTextFields },
  connector: { schema: connectorSchema, migrations: connectorMigrations, textFields: connectorTextFields },
  stroke: { schema: strokeSchema, migrations: strokeMigrations, textFields: strokeTextFields },
  zone: { schema: zoneSchema, migrations: zoneMigrations, textFields: zoneTextFields },
  text: { schema: textSchema, migrations: textMigrations, textFields: textTextFields },
};

export const elementKinds = Object.keys(elementSpecs) as ElementKind[];

export function isElementKind(value: unknown): value is ElementKind {
  return typeof value === 'string' && Object.hasOwn(elementSpecs, value);
}

/** The version a kind's records are written at: the number of its last migration. */
export function currentVersion(kind: ElementKind): number {
  return elementSpecs[kind].migrations.at(-1)?.version ?? 0;
}

export const ELEMENTS_MAP = 'elements';

export function getElementsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ELEMENTS_MAP);
}

/** Parses a plain record; null for an unknown kind, a newer version or a broken field. */
export function parseElement(id: string, record: RawRecord): BoardElement | null {
  const kind = record['kind'];
  if (!isElementKind(kind)) return null;
  const spec = elementSpecs[kind];
  if (recordVersion(record) > currentVersion(kind)) return null;
  const result = spec.schema.safeParse(migrateRecord(record, spec.migrations));
  return result.success ? ({ ...(result.data as object), id } as BoardElement) : null;
}

/**
 * The element stored under id; null when it is no element this version can draw. Also null,
 * not thrown, when reading it fails (a value nested too deep for the stack): one broken element
 * must cost only itself, never the board around it.
 */
export function readElement(id: string, value: unknown): BoardElement | null {
  if (!(value instanceof Y.Map)) return null;
  try {
    return parseElement(id, yMapToRecord(value));
  } catch {
    return null;
  }
}

/** Orders elements the way they are drawn: by z key, then id so ties are stable everywhere. */
export function compareByZ(a: { z: string; id: string }, b: { z: string; id: string }): number {
  if (a.z !== b.z) return a.z < b.z ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every readable element in drawing order. */
export function readElements(doc: Y.Doc): BoardElement[] {
  const elements: BoardElement[] = [];
  getElementsMap(doc).forEach((value, id) => {
    const element = readElement(id, value);
    if (element) elements.push(element);
  });
  return elements.sort(compareByZ);
}
