import { describe, expect, it } from 'vitest';
import type { Point } from '../board/geometry';
import { at, createTestEditor, elements } from './testing';
import { LONG_PRESS_MS, TouchGestures, type Timers } from './TouchGestures';
import { screenToBoard } from './viewport';

/** Timers run by hand, so a test says when the finger has rested long enough. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set: (fn, ms) => {
      pending.set(++next, { fn, ms });
      return next;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  const elapse = (ms: number) => {
    for (const [handle, timer] of [...pending]) {
      if (timer.ms > ms) continue;
      pending.delete(handle);
      timer.fn();
    }
  };
  return { timers, elapse };
}

/** Wires a TouchGestures to the editor's tools as the board's surface does (screen = board at 100 %). */
function surface() {
  const editor = createTestEditor();
  const menus: Point[] = [];
  const { timers, elapse } = manualTimers();
  const touch = new TouchGestures(editor, (screen) => menus.push(screen), timers);
  const finger = (pointerId: number) => ({
    down(x: number, y: number) {
      if (!touch.down({ pointerId, pointerType: 'touch', screen: { x, y } })) editor.tools.onPointerDown(at(x, y));
    },
    move(x: number, y: number) {
      if (!touch.move({ pointerId, pointerType: 'touch', screen: { x, y } })) editor.tools.onPointerMove(at(x, y));
    },
    up(x: number, y: number) {
      if (!touch.up({ pointerId, pointerType: 'touch' })) editor.tools.onPointerUp(at(x, y));
    },
  });
  return { editor, menus, elapse, touch, finger };
}

describe('touch gestures', () => {
  it('one finger is the tool’s pointer: it draws with the pen', () => {
    const { editor, finger } = surface();
    editor.setTool('pen');
    const one = finger(1);
    one.down(100, 100);
    one.move(140, 120);
    one.up(140, 120);
    expect(elements(editor)).toMatchObject([{ kind: 'stroke' }]);
  });

  it('spreading two fingers zooms around their midpoint, moving them pans; the stroke begun by the first finger is dropped', () => {
    const { editor, finger } = surface();
    editor.setTool('pen');
    const [one, two] = [finger(1), finger(2)];
    one.down(300, 300);
    one.move(320, 310);
    one.move(300, 300);
    two.down(500, 300);
    expect(editor.tools.state).toBe('pen.idle');
    const anchor = screenToBoard(editor.viewport.get(), { x: 400, y: 300 });

    // Spread from 200 px to 400 px apart around the same midpoint: twice the zoom.
    one.move(200, 300);
    two.move(600, 300);
    expect(editor.viewport.get().scale).toBeCloseTo(2);
    const after = screenToBoard(editor.viewport.get(), { x: 400, y: 300 });
    expect(after.x).toBeCloseTo(anchor.x);
    expect(after.y).toBeCloseTo(anchor.y);

    // Both fingers 50 px down: the board follows them.
    const before = editor.viewport.get();
    one.move(200, 350);
    two.move(600, 350);
    expect(editor.viewport.get()).toMatchObject({ x: before.x, y: before.y + 50, scale: before.scale });

    // Lifting one finger and moving the other neither zooms nor draws.
    two.up(600, 350);
    one.move(100, 100);
    one.up(100, 100);
    expect(editor.viewport.get().scale).toBeCloseTo(2);
    expect(elements(editor)).toHaveLength(0);
  });

  it('a finger held still opens the context menu on the element under it, selected, and the press does nothing else', () => {
    const { editor, menus, elapse, finger } = surface();
    const id = editor.create({ kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Stuprör' });
    const one = finger(1);
    one.down(50, 50);
    elapse(LONG_PRESS_MS - 1);
    expect(menus).toEqual([]);
    elapse(LONG_PRESS_MS);
    expect(menus).toEqual([{ x: 50, y: 50 }]);
    expect(editor.tools.state).toBe('select.idle');
    // Drifting and lifting after the menu opened moves nothing.
    one.move(120, 90);
    one.up(120, 90);
    expect(elements(editor).find((e) => e.id === id)).toMatchObject({ x: 0, y: 0 });
  });

  it('a finger that moves is a drag, not a long-press', () => {
    const { editor, menus, elapse, finger } = surface();
    editor.create({ kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Stuprör' });
    const one = finger(1);
    one.down(50, 50);
    one.move(80, 50);
    elapse(LONG_PRESS_MS);
    one.move(150, 50);
    one.up(150, 50);
    expect(menus).toEqual([]);
    expect(elements(editor)[0]).toMatchObject({ x: 100, y: 0 });
  });

  it('leaves the mouse and pen to the tools', () => {
    const { touch } = surface();
    expect(touch.down({ pointerId: 1, pointerType: 'mouse', screen: { x: 0, y: 0 } })).toBe(false);
    expect(touch.down({ pointerId: 2, pointerType: 'mouse', screen: { x: 9, y: 9 } })).toBe(false);
    expect(touch.isPinching()).toBe(false);
  });
});
