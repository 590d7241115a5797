/**
 * Element records as stored: one Y.Map per element. Readers turn a Y.Map into a plain
 * record (Y.Text → string), bring it to the current version with the kind's numbered
 * migrations, then validate it. Migrations are pure: they return a new record and never
 * touch their input, so a reader never writes to the shared document.
 */
import * as Y from 'yjs';
import { z } from 'zod';

export type RawRecord = Readonly<Record<string, unknown>>;

export interface Migration {
  /** 1-based and contiguous within a kind: migration N takes a record from version N-1 to N. */
  readonly version: number;
  readonly name: string;
  up(record: RawRecord): RawRecord;
}

/** Field that holds a record's version; absent means version 0 (see docs/schema.md). */
export const VERSION_FIELD = 'v';

export function recordVersion(record: RawRecord): number {
  const v = record[VERSION_FIELD];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Applies the migrations a record still needs; a record from a newer version is returned as is. */
export function migrateRecord(record: RawRecord, migrations: readonly Migration[]): RawRecord {
  let current = record;
  for (const migration of migrations) {
    if (migration.version > recordVersion(current)) {
      current = { ...migration.up(current), [VERSION_FIELD]: migration.version };
    }
  }
  return current;
}

export function yMapToRecord(map: Y.Map<unknown>): RawRecord {
  const record: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) {
    if (value instanceof Y.Text) record[key] = value.toString();
    else if (value instanceof Y.Array) record[key] = value.toArray();
    else if (value instanceof Y.Map) record[key] = value.toJSON();
    else record[key] = value;
  }
  return record;
}

/** Fields every element has. */
export const commonFields = {
  x: z.number(),
  y: z.number(),
  /** Fractional-index key: elements are drawn in ascending z, ties broken by id. */
  z: z.string(),
  createdAt: z.number(),
  createdBy: z.string(),
};

/** Migration 1 of every kind: fill the fields the app writes but a script may leave out. */
export function withDefaults(record: RawRecord, defaults: RawRecord): RawRecord {
  const next: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries({ z: '', createdAt: 0, createdBy: '', ...defaults })) {
    if (next[key] === undefined) next[key] = value;
  }
  return next;
}

export const sizeFields = { w: z.number().positive(), h: z.number().positive() };
