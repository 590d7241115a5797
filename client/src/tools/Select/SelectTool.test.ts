import { createElement, type NewElement } from '@samkarta/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { at, createTestEditor, drag, elements, key } from '../../editor/testing';
import { DRAG_WRITE_INTERVAL_MS } from './dragging';

const actor = (x: number, y: number): NewElement => ({ kind: 'actor', x, y, w: 200, h: 80, category: 'region', label: 'Region' });
const card = (x: number, y: number, attachedTo?: string): NewElement => ({
  kind: 'enabler', x, y, w: 180, h: 110, text: 'Gemensam målbild', ...(attachedTo ? { attachedTo } : {}),
});

function element(editor: ReturnType<typeof createTestEditor>, id: string) {
  return elements(editor).find((e) => e.id === id);
}

describe('Markera', () => {
  it('a click selects, shift-click adds, a click on empty space clears', () => {
    const editor = createTestEditor();
    const a = createElement(editor.doc, actor(0, 0));
    const b = createElement(editor.doc, actor(400, 0));
    editor.tools.onPointerDown(at(10, 10));
    expect(editor.tools.state).toBe('select.pointing');
    editor.tools.onPointerUp(at(10, 10));
    expect(editor.tools.state).toBe('select.idle');
    expect([...editor.selection.get()]).toEqual([a]);

    editor.tools.onPointerDown(at(410, 10, { shiftKey: true }));
    editor.tools.onPointerUp(at(410, 10, { shiftKey: true }));
    expect(new Set(editor.selection.get())).toEqual(new Set([a, b]));

    editor.tools.onPointerDown(at(1000, 1000));
    editor.tools.onPointerUp(at(1000, 1000));
    expect(editor.selection.get().size).toBe(0);
  });

  it('dragging an actor moves it with its attached cards, and the preview leads the document', () => {
    vi.useFakeTimers();
    let now = 0;
    const editor = createTestEditor(() => now);
    const a = createElement(editor.doc, actor(0, 0));
    const c = createElement(editor.doc, card(20, 40, a));

    editor.tools.onPointerDown(at(10, 10));
    editor.tools.onPointerMove(at(60, 10));
    expect(editor.tools.state).toBe('select.dragging');
    expect(editor.preview.position(c)).toEqual({ x: 70, y: 40 });

    now += 10;
    editor.tools.onPointerMove(at(110, 60));
    // Throttled: the document still has the first write, the preview the latest position.
    expect(element(editor, a)).toMatchObject({ x: 50, y: 0 });
    expect(editor.preview.position(a)).toEqual({ x: 100, y: 50 });
    now += DRAG_WRITE_INTERVAL_MS;
    vi.advanceTimersByTime(DRAG_WRITE_INTERVAL_MS);
    expect(element(editor, a)).toMatchObject({ x: 100, y: 50 });

    editor.tools.onPointerUp(at(110, 60));
    expect(editor.tools.state).toBe('select.idle');
    expect(element(editor, a)).toMatchObject({ x: 100, y: 50 });
    expect(element(editor, c)).toMatchObject({ x: 120, y: 90, attachedTo: a });
    expect(editor.preview.position(a)).toBeUndefined();
  });

  it('dropping a card on an actor attaches it; dragging it off detaches it', () => {
    const editor = createTestEditor();
    const a = createElement(editor.doc, actor(0, 0));
    const c = createElement(editor.doc, card(500, 0));

    drag(editor, [510, 10], [60, 20], false);
    expect(editor.preview.dropTarget.get()).toBe(a);
    editor.tools.onPointerUp(at(60, 20));
    expect(element(editor, c)).toMatchObject({ x: 50, y: 10, attachedTo: a });
    expect(editor.preview.dropTarget.get()).toBeNull();

    drag(editor, [60, 20], [860, 520]);
    const moved = element(editor, c);
    expect(moved).toMatchObject({ x: 850, y: 510 });
    expect(moved && 'attachedTo' in moved).toBe(false);
  });

  it('Escape during a drag puts everything back', () => {
    let now = 0;
    const editor = createTestEditor(() => now);
    const a = createElement(editor.doc, actor(0, 0));
    editor.tools.onPointerDown(at(10, 10));
    editor.tools.onPointerMove(at(300, 300));
    now += 1000;
    editor.tools.onPointerMove(at(310, 310));
    expect(editor.tools.onKeyDown(key('Escape'))).toBe(true);
    expect(editor.tools.state).toBe('select.idle');
    expect(element(editor, a)).toMatchObject({ x: 0, y: 0 });
  });

  it('dragging empty space selects what the rectangle touches, live, without panning', () => {
    const editor = createTestEditor();
    const a = createElement(editor.doc, actor(0, 0));
    const b = createElement(editor.doc, actor(400, 0));
    createElement(editor.doc, actor(0, 400));
    drag(editor, [-50, -50], [420, 20], false);
    expect(editor.tools.state).toBe('select.brushing');
    expect(editor.preview.marquee.get()).toEqual({ x: -50, y: -50, w: 470, h: 70 });
    expect(new Set(editor.selection.get())).toEqual(new Set([a, b]));
    editor.tools.onPointerUp(at(420, 20));
    expect(editor.tools.state).toBe('select.idle');
    expect(editor.preview.marquee.get()).toBeNull();
    expect(editor.viewport.get()).toMatchObject({ x: 0, y: 0 });
    expect(elements(editor).map((e) => [e.x, e.y])).toEqual([[0, 0], [400, 0], [0, 400]]);
  });

  it('Shift+drag adds to the selection; Escape while brushing puts the old selection back', () => {
    const editor = createTestEditor();
    const a = createElement(editor.doc, actor(0, 0));
    const b = createElement(editor.doc, actor(400, 0));
    const c = createElement(editor.doc, actor(0, 400));
    editor.select([c]);
    editor.tools.onPointerDown(at(380, -20, { shiftKey: true }));
    editor.tools.onPointerMove(at(420, 20, { shiftKey: true }));
    editor.tools.onPointerUp(at(420, 20, { shiftKey: true }));
    expect(new Set(editor.selection.get())).toEqual(new Set([b, c]));

    drag(editor, [-50, -50], [10, 10], false);
    expect([...editor.selection.get()]).toEqual([a]);
    editor.tools.onKeyDown(key('Escape'));
    expect(editor.selection.get().size).toBe(0);
    expect(editor.tools.state).toBe('select.idle');
  });

  it('a rectangle inside a zone picks what is in it, not the zone; one across its edge picks the zone too', () => {
    const editor = createTestEditor();
    const zone = createElement(editor.doc, { kind: 'zone', x: 0, y: 0, w: 1000, h: 600, label: 'Regional' });
    const a = createElement(editor.doc, actor(300, 300));
    drag(editor, [250, 250], [350, 350]);
    expect([...editor.selection.get()]).toEqual([a]);
    drag(editor, [-50, 250], [350, 350]);
    expect(new Set(editor.selection.get())).toEqual(new Set([zone, a]));
  });

  it('shift-click on a selected element takes it out of the selection; dragging moves all selected', () => {
    const editor = createTestEditor();
    const a = createElement(editor.doc, actor(0, 0));
    const b = createElement(editor.doc, actor(400, 0));
    const c = createElement(editor.doc, actor(800, 0));
    editor.select([a, b, c]);
    editor.tools.onPointerDown(at(410, 10, { shiftKey: true }));
    editor.tools.onPointerUp(at(410, 10, { shiftKey: true }));
    expect(new Set(editor.selection.get())).toEqual(new Set([a, c]));
    drag(editor, [10, 10], [110, 60]);
    expect(elements(editor).map((e) => [e.x, e.y])).toEqual([[100, 50], [400, 0], [900, 50]]);
  });

  it('the hand tool pans with a plain drag and never selects', () => {
    const editor = createTestEditor();
    createElement(editor.doc, actor(0, 0));
    editor.setTool('hand');
    drag(editor, [10, 10], [50, -20], false);
    expect(editor.tools.state).toBe('hand.panning');
    editor.tools.onPointerUp(at(50, -20));
    expect(editor.tools.state).toBe('hand.idle');
    expect(editor.viewport.get()).toMatchObject({ x: 40, y: -30 });
    expect(editor.selection.get().size).toBe(0);
    expect(elements(editor)[0]).toMatchObject({ x: 0, y: 0 });
  });

  it('space held pans from any tool and leaves the tool as it was', () => {
    const editor = createTestEditor();
    editor.setTool('note');
    editor.tools.onKeyDown(key(' '));
    drag(editor, [0, 0], [20, 20], false);
    expect(editor.tools.state).toBe('pan.panning');
    editor.tools.onPointerUp(at(20, 20));
    editor.tools.onKeyUp(key(' '));
    expect(editor.viewport.get()).toMatchObject({ x: 20, y: 20 });
    expect(editor.tools.state).toBe('note.idle');
    expect(elements(editor)).toHaveLength(0);
  });

  it('double-click opens the element for writing', () => {
    const editor = createTestEditor();
    const c = createElement(editor.doc, card(0, 0));
    editor.tools.onDoubleClick(at(20, 20));
    expect(editor.ui.get().editing).toEqual({ id: c, field: 'text' });
  });

  it('Delete removes the selection with its dangling connectors; Escape deselects', () => {
    const editor = createTestEditor();
    const a = createElement(editor.doc, actor(0, 0));
    const b = createElement(editor.doc, actor(400, 0));
    createElement(editor.doc, { kind: 'connector', x: 0, y: 0, from: a, to: b, relation: 'samverkan', label: '', arrowheads: 'end' });
    editor.select([b]);
    editor.deleteSelection();
    expect(elements(editor).map((e) => e.id)).toEqual([a]);
    expect(editor.selection.get().size).toBe(0);

    editor.select([a]);
    editor.tools.onKeyDown(key('Escape'));
    expect(editor.selection.get().size).toBe(0);
  });
});

afterEach(() => {
  vi.useRealTimers();
});
