import { createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { createTestEditor, drag, elements } from '../../editor/testing';

describe('the eraser', () => {
  it('removes the strokes a swipe crosses, even fast ones, and nothing else, in one undo step', () => {
    const editor = createTestEditor();
    const line = (x: number) => createElement(editor.doc, { kind: 'stroke', x, y: 0, points: [0, 0, 0, 200], color: '#000', width: 4 });
    line(100);
    line(300);
    const kept = line(900);
    const note = createElement(editor.doc, { kind: 'note', x: 400, y: 50, w: 180, h: 110, text: 'Kvar' });
    editor.history.mark();

    editor.setTool('eraser');
    // Four pointer moves across 600 units: the probes in between still find the strokes.
    drag(editor, [0, 100], [600, 100], false);
    expect(editor.tools.state).toBe('eraser.erasing');
    editor.tools.onPointerUp({ point: { x: 600, y: 100 }, screen: { x: 600, y: 100 }, button: 0, shiftKey: false });
    expect(editor.tools.state).toBe('eraser.idle');
    expect(elements(editor).map((e) => e.id).sort()).toEqual([kept, note].sort());

    editor.history.undo();
    expect(elements(editor)).toHaveLength(4);
  });
});
