import { describe, expect, it } from 'vitest';
import { currentVersion, elementKinds, elementSpecs, parseElement } from './elements.js';
import { migrateRecord, VERSION_FIELD, type RawRecord } from './record.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The smallest record docs/schema.md allows a script to write for each kind (version 0). */
const minimal: Record<string, RawRecord> = {
  actor: { kind: 'actor', x: 1, y: 2, category: 'kommun', label: 'Örebro kommun' },
  enabler: { kind: 'enabler', x: 1, y: 2, text: 'Gemensam målbild' },
  obstacle: { kind: 'obstacle', x: 1, y: 2, text: 'Stuprör' },
  note: { kind: 'note', x: 1, y: 2, text: 'Vem saknas?' },
  connector: { kind: 'connector', from: 'a', to: 'b' },
  stroke: { kind: 'stroke', x: 0, y: 0, points: [0, 0, 10, 10] },
  zone: { kind: 'zone', x: 0, y: 0, label: 'Regional' },
  text: { kind: 'text', x: 0, y: 0, text: 'Vad krävs?' },
};

describe('migrations', () => {
  it.each(elementKinds)('%s exports contiguous, numbered, named migrations', (kind) => {
    const { migrations } = elementSpecs[kind];
    expect(migrations.length).toBeGreaterThan(0);
    migrations.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name).toMatch(/^[A-Z][A-Za-z]+$/);
    });
    expect(currentVersion(kind)).toBe(migrations.length);
  });

  it.each(elementKinds)('%s migrations never mutate their input', (kind) => {
    for (const migration of elementSpecs[kind].migrations) {
      const input = deepFreeze(structuredClone(minimal[kind]!));
      const before = JSON.stringify(input);
      // A frozen input makes any write throw in strict mode; the comparison catches the rest.
      const output = migration.up(input);
      expect(JSON.stringify(input)).toBe(before);
      expect(output).not.toBe(input);
    }
  });

  it.each(elementKinds)('%s: a minimal version-0 record migrates to a valid element', (kind) => {
    const element = parseElement('id1', minimal[kind]!);
    expect(element).not.toBeNull();
    expect(element!.kind).toBe(kind);
    expect(element!.id).toBe('id1');
  });

  it('stamps each applied migration version and skips ones already applied', () => {
    const migrated = migrateRecord(minimal['connector']!, elementSpecs.connector.migrations);
    expect(migrated[VERSION_FIELD]).toBe(2);
    expect(migrated['arrowheads']).toBe('end');
    const custom = migrateRecord({ ...minimal['connector']!, v: 1, arrowheads: 'none' }, elementSpecs.connector.migrations);
    expect(custom['arrowheads']).toBe('none');
    // Migration 1 did not run again: relation is still missing, so the record stays invalid.
    expect(custom['relation']).toBeUndefined();
  });

  it('refuses records from a newer version rather than misreading them', () => {
    expect(parseElement('x', { ...minimal['actor']!, v: currentVersion('actor') + 1 })).toBeNull();
  });
});
