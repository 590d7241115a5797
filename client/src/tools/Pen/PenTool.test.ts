import { describe, expect, it } from 'vitest';
import { at, createTestEditor, drag, elements, key } from '../../editor/testing';
import { penColors } from './penStyle';

describe('the pen', () => {
  it('draws one stroke per press, previewed while drawing and written on release, points relative to x, y', () => {
    const editor = createTestEditor();
    editor.setTool('pen');
    editor.setPenStyle({ color: penColors[1], width: 8 });
    drag(editor, [100, 200], [180, 160], false);
    expect(editor.tools.state).toBe('pen.drawing');
    expect(editor.preview.draft.get()).toMatchObject({ kind: 'stroke', color: penColors[1], width: 8 });
    expect(elements(editor)).toHaveLength(0);

    editor.tools.onPointerUp(at(180, 160));
    expect(editor.tools.state).toBe('pen.idle');
    expect(editor.preview.draft.get()).toBeNull();
    const [stroke] = elements(editor);
    expect(stroke).toMatchObject({ kind: 'stroke', x: 100, y: 160, color: penColors[1], width: 8 });
    expect(stroke?.kind === 'stroke' && stroke.points.slice(0, 2)).toEqual([0, 40]);
    expect(stroke?.kind === 'stroke' && stroke.points.slice(-2)).toEqual([80, 0]);
  });

  it('a tap leaves a dot; Escape mid-stroke writes nothing', () => {
    const editor = createTestEditor();
    editor.setTool('pen');
    editor.tools.onPointerDown(at(10, 10));
    editor.tools.onPointerUp(at(10, 10));
    expect(elements(editor)).toMatchObject([{ kind: 'stroke', x: 10, y: 10, points: [0, 0, 0, 0] }]);

    drag(editor, [50, 50], [90, 90], false);
    expect(editor.tools.onKeyDown(key('Escape'))).toBe(true);
    expect(editor.tools.state).toBe('pen.idle');
    expect(editor.preview.draft.get()).toBeNull();
    expect(elements(editor)).toHaveLength(1);
  });
});
