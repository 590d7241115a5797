import { createElement, type NewElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { at, click, createTestEditor, drag, elements, key } from '../../editor/testing';

const actor = (x: number): NewElement => ({ kind: 'actor', x, y: 0, w: 200, h: 80, category: 'kommun', label: '' });

function setup() {
  const editor = createTestEditor();
  const a = createElement(editor.doc, actor(0));
  const b = createElement(editor.doc, actor(400));
  editor.setTool('connect');
  return { editor, a, b };
}

const connectors = (editor: ReturnType<typeof createTestEditor>) => elements(editor).filter((e) => e.kind === 'connector');

describe('Koppla', () => {
  it('press on one actor, release on another: a samverkan connector, selected', () => {
    const { editor, a, b } = setup();
    drag(editor, [50, 40], [450, 40], false);
    expect(editor.tools.state).toBe('connect.linking');
    expect(editor.preview.link.get()).toEqual({ from: a, to: { x: 450, y: 40 } });
    expect(editor.preview.dropTarget.get()).toBe(b);
    editor.tools.onPointerUp(at(450, 40));

    const [connector] = connectors(editor);
    expect(connector).toMatchObject({ from: a, to: b, relation: 'samverkan' });
    expect([...editor.selection.get()]).toEqual([connector!.id]);
    expect(editor.tools.state).toBe('select.idle');
    expect(editor.preview.link.get()).toBeNull();
  });

  it('click one actor, then the other', () => {
    const { editor, a, b } = setup();
    click(editor, 50, 40);
    expect(editor.tools.state).toBe('connect.armed');
    editor.tools.onPointerMove(at(300, 200));
    expect(editor.preview.link.get()).toEqual({ from: a, to: { x: 300, y: 200 } });
    click(editor, 450, 40);
    expect(connectors(editor)).toMatchObject([{ from: a, to: b }]);
  });

  it('releasing on empty space or on the same actor connects nothing', () => {
    const { editor } = setup();
    drag(editor, [50, 40], [250, 400]);
    expect(editor.tools.state).toBe('connect.idle');
    click(editor, 50, 40);
    click(editor, 60, 40);
    expect(editor.tools.state).toBe('connect.armed');
    expect(connectors(editor)).toHaveLength(0);
  });

  it('Escape cancels an armed connection, a second Escape leaves the tool', () => {
    const { editor } = setup();
    click(editor, 50, 40);
    editor.tools.onKeyDown(key('Escape'));
    expect(editor.tools.state).toBe('connect.idle');
    expect(editor.preview.link.get()).toBeNull();
    editor.tools.onKeyDown(key('Escape'));
    expect(editor.tools.state).toBe('select.idle');
    expect(connectors(editor)).toHaveLength(0);
  });
});
