import { SCHEMA_VERSION, createElement, setBoardTitle } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { CLIPBOARD_TYPE, CLIPBOARD_VERSION } from '../board/clipboard';
import { boardJson, importBoardJson, IMPORT_GAP } from './boardFile';
import { createTestEditor, elements } from './testing';

function mapWithTwoActors() {
  const editor = createTestEditor();
  setBoardTitle(editor.doc, 'Grupp 3');
  const region = createElement(editor.doc, { kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'region', label: 'Region Örebro län' });
  const kommun = createElement(editor.doc, { kind: 'actor', x: 500, y: 40, w: 200, h: 80, category: 'kommun', label: 'Kumla' });
  createElement(editor.doc, { kind: 'obstacle', x: 10, y: 100, w: 180, h: 110, text: 'Stuprör', attachedTo: region });
  createElement(editor.doc, { kind: 'connector', x: 0, y: 0, from: region, to: kommun, relation: 'finansiering', label: 'Medel', arrowheads: 'both' });
  createElement(editor.doc, { kind: 'stroke', x: 100, y: 400, points: [0, 0, 40, 10], color: '#c62828', width: 6 });
  return editor;
}

/** What an element is, without the identity and bookkeeping an import renews. */
function content(editor: ReturnType<typeof createTestEditor>) {
  const byId = new Map(elements(editor).map((e) => [e.id, e]));
  const name = (id: string | undefined) => {
    const element = id === undefined ? undefined : byId.get(id);
    return element?.kind === 'actor' ? element.label : id;
  };
  return elements(editor)
    .map(({ id: _id, z: _z, createdAt: _c, createdBy: _b, ...rest }) => {
      if (rest.kind === 'connector') return { ...rest, from: name(rest.from), to: name(rest.to) };
      if ('attachedTo' in rest) return { ...rest, attachedTo: name(rest.attachedTo) };
      return rest;
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('the board as a JSON file', () => {
  it('is the clipboard format with the schema version and the title', () => {
    const data = JSON.parse(boardJson(mapWithTwoActors()));
    expect(data).toMatchObject({ type: CLIPBOARD_TYPE, version: CLIPBOARD_VERSION, schemaVersion: SCHEMA_VERSION, title: 'Grupp 3' });
    expect(data.elements).toHaveLength(5);
  });

  it('imported into an empty board reproduces every element in its place, with new ids and links between the copies', () => {
    const source = mapWithTwoActors();
    const target = createTestEditor();
    expect(importBoardJson(target, boardJson(source))).toEqual({ ok: true, count: 5, skipped: 0 });
    expect(content(target)).toEqual(content(source));
    const sourceIds = new Set(elements(source).map((e) => e.id));
    expect(elements(target).some((e) => sourceIds.has(e.id))).toBe(false);
    expect(target.selection.get().size).toBe(5);
  });

  it('imported into the board it came from lands to the right of what is there, overlapping nothing', () => {
    const editor = mapWithTwoActors();
    const before = new Set(elements(editor).map((e) => e.id));
    expect(importBoardJson(editor, boardJson(editor))).toMatchObject({ ok: true, count: 5 });
    const added = elements(editor).filter((e) => !before.has(e.id));
    expect(added).toHaveLength(5);
    // The board spans x 0…700; the copy starts a gap beyond, its top level with the board's.
    const region = added.find((e) => e.kind === 'actor' && e.label === 'Region Örebro län')!;
    expect(region.x).toBe(700 + IMPORT_GAP);
    expect(region.y).toBe(0);
    expect(Math.min(...added.filter((e) => e.kind !== 'connector').map((e) => e.x))).toBeGreaterThan(700);
  });

  it('migrates older records: a version-0 connector gets its default arrowheads, cards their defaults', () => {
    const file = JSON.stringify({
      type: CLIPBOARD_TYPE,
      version: 1,
      elements: [
        { id: 'a', kind: 'actor', category: 'kommun', label: 'Örebro kommun', x: 0, y: 0 },
        { id: 'b', kind: 'actor', category: 'region', label: 'Region', x: 400, y: 0 },
        { id: 'c', kind: 'connector', from: 'a', to: 'b' },
        { id: 'd', kind: 'enabler', text: 'Gemensam målbild', x: 0, y: 120, attachedTo: 'a' },
      ],
    });
    const target = createTestEditor();
    expect(importBoardJson(target, file)).toEqual({ ok: true, count: 4, skipped: 0 });
    const imported = elements(target);
    expect(imported.find((e) => e.kind === 'connector')).toMatchObject({ relation: 'samverkan', arrowheads: 'end', label: '' });
    expect(imported.find((e) => e.kind === 'actor' && e.label === 'Örebro kommun')).toMatchObject({ w: 200, h: 80 });
    expect(imported.find((e) => e.kind === 'enabler')).toMatchObject({ w: 180, h: 110, text: 'Gemensam målbild' });
  });

  it('skips broken elements and says how many', () => {
    const file = JSON.stringify({
      type: CLIPBOARD_TYPE,
      version: 1,
      schemaVersion: SCHEMA_VERSION,
      elements: [
        { id: 'a', kind: 'note', text: 'Dialog', x: 0, y: 0 },
        { id: 'b', kind: 'actor', category: 'no-such-category', label: 'X', x: 0, y: 0 },
        { id: 'c', kind: 'hologram', x: 0, y: 0 },
        { id: 'd', kind: 'connector', from: 'a', to: 'gone' },
      ],
    });
    const target = createTestEditor();
    expect(importBoardJson(target, file)).toEqual({ ok: true, count: 1, skipped: 3 });
  });

  it.each([
    ['text that is not JSON', 'Stuprör\nFinansiering', 'notElements'],
    ['JSON of something else', JSON.stringify({ type: 'excalidraw', elements: [] }), 'notElements'],
    ['a file from a newer format', JSON.stringify({ type: CLIPBOARD_TYPE, version: CLIPBOARD_VERSION + 1, elements: [] }), 'newerVersion'],
    ['a file from a newer schema', JSON.stringify({ type: CLIPBOARD_TYPE, version: 1, schemaVersion: SCHEMA_VERSION + 1, elements: [] }), 'newerVersion'],
    ['a file with no readable element', JSON.stringify({ type: CLIPBOARD_TYPE, version: 1, elements: [{ id: 'x', kind: 'actor' }] }), 'noElements'],
  ])('refuses %s and leaves the board alone', (_name, text, reason) => {
    const target = createTestEditor();
    createElement(target.doc, { kind: 'note', x: 0, y: 0, w: 180, h: 110, text: 'Redan här' });
    expect(importBoardJson(target, text)).toEqual({ ok: false, reason });
    expect(elements(target)).toHaveLength(1);
  });
});
