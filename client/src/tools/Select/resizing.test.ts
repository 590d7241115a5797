import { createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { at, createTestEditor, drag, elements, key } from '../../editor/testing';

const card = { kind: 'obstacle', x: 100, y: 100, w: 180, h: 110, text: 'Stuprör' } as const;

describe('resizing by a corner handle', () => {
  it('drags the south-east corner: the preview leads, the drop writes w and h as one undo step', () => {
    const editor = createTestEditor();
    const id = createElement(editor.doc, card, { origin: editor.origin });
    editor.history.mark();
    editor.select([id]);
    editor.tools.onPointerDown(at(280, 210));
    expect(editor.tools.state).toBe('select.resizing');
    editor.tools.onPointerMove(at(330, 250));
    editor.tools.onPointerMove(at(380, 260));
    expect(editor.preview.position(id)).toEqual({ x: 100, y: 100, w: 280, h: 160 });
    editor.tools.onPointerUp(at(380, 260));
    expect(editor.tools.state).toBe('select.idle');
    expect(elements(editor)[0]).toMatchObject({ x: 100, y: 100, w: 280, h: 160 });
    expect(editor.preview.position(id)).toBeUndefined();

    editor.history.undo();
    expect(elements(editor)[0]).toMatchObject({ x: 100, y: 100, w: 180, h: 110 });
  });

  it('the north-west corner moves the origin and keeps the opposite corner; sizes stop at a minimum', () => {
    const editor = createTestEditor();
    const id = createElement(editor.doc, card);
    editor.select([id]);
    drag(editor, [100, 100], [60, 80]);
    expect(elements(editor)[0]).toMatchObject({ x: 60, y: 80, w: 220, h: 130 });
    drag(editor, [60, 80], [400, 400]);
    const shrunk = elements(editor)[0]!;
    expect(shrunk).toMatchObject({ w: 90, h: 70 });
    expect(shrunk.x + (shrunk as { w: number }).w).toBe(280);
  });

  it('handles only on a single selection, and Escape puts the size back', () => {
    const editor = createTestEditor();
    const id = createElement(editor.doc, card);
    const other = createElement(editor.doc, { ...card, x: 600 });
    editor.select([id, other]);
    editor.tools.onPointerDown(at(280, 210));
    expect(editor.tools.state).toBe('select.pointing');
    editor.tools.onPointerUp(at(280, 210));

    editor.select([id]);
    editor.tools.onPointerDown(at(280, 210));
    editor.tools.onPointerMove(at(500, 500));
    expect(editor.tools.onKeyDown(key('Escape'))).toBe(true);
    expect(editor.preview.position(id)).toBeUndefined();
    expect(elements(editor)[0]).toMatchObject({ w: 180, h: 110 });
  });
});
