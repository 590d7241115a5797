import { describe, expect, it } from 'vitest';
import { createElement } from '@samkarta/shared';
import { click, createTestEditor, elements, key, testOrigin } from '../../editor/testing';
import { NEXT_CARD_GAP, placeCardBeside } from './placeElement';

describe('placing actors and cards', () => {
  it('places an actor of the chosen category centred on the click, then edits its label', () => {
    const editor = createTestEditor();
    editor.setActorTool('lansstyrelse');
    expect(editor.tools.state).toBe('actor.idle');

    editor.tools.onPointerDown({ point: { x: 500, y: 300 }, screen: { x: 500, y: 300 }, button: 0, shiftKey: false });
    expect(editor.tools.state).toBe('actor.pointing');
    editor.tools.onPointerUp({ point: { x: 500, y: 300 }, screen: { x: 500, y: 300 }, button: 0, shiftKey: false });

    const [actor] = elements(editor);
    expect(actor).toMatchObject({ kind: 'actor', category: 'lansstyrelse', x: 400, y: 260, createdBy: 'Modig Lo' });
    expect(editor.tools.state).toBe('select.idle');
    expect(editor.ui.get().editing).toEqual({ id: actor!.id, field: 'label' });
    expect([...editor.selection.get()]).toEqual([actor!.id]);
  });

  it('attaches a hinder placed on an actor', () => {
    const editor = createTestEditor();
    editor.setActorTool('kommun');
    click(editor, 100, 100);
    const actorId = elements(editor)[0]!.id;
    editor.setTool('obstacle');
    click(editor, 120, 110);
    const card = elements(editor).find((e) => e.kind === 'obstacle');
    expect(card).toMatchObject({ kind: 'obstacle', text: '', attachedTo: actorId });
    expect(editor.ui.get().editing).toEqual({ id: card!.id, field: 'text' });
  });

  it('writes with the local origin, so an undo manager can track it', () => {
    const editor = createTestEditor();
    const origins: unknown[] = [];
    editor.doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    editor.setTool('note');
    click(editor, 0, 0);
    expect(origins).toEqual([testOrigin]);
  });

  it('Escape leaves a placement tool without placing anything', () => {
    const editor = createTestEditor();
    editor.setTool('enabler');
    expect(editor.tools.onKeyDown(key('Escape'))).toBe(true);
    expect(editor.tools.state).toBe('select.idle');
    expect(elements(editor)).toHaveLength(0);
  });
});

describe('the next card beside (Tab / Ctrl+Enter)', () => {
  it('makes a card of the same kind and size to the right, past cards already there, attached where it lands', () => {
    const editor = createTestEditor();
    const first = createElement(editor.doc, { kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Stuprör' });
    createElement(editor.doc, { kind: 'note', x: 204, y: 0, w: 180, h: 110, text: 'Upptagen plats' });
    const actor = createElement(editor.doc, { kind: 'actor', x: 400, y: 0, w: 400, h: 120, category: 'kommun', label: 'Kommun' });
    const next = placeCardBeside(editor, first);
    expect(elements(editor).find((e) => e.id === next)).toMatchObject({
      kind: 'obstacle', x: 2 * (180 + NEXT_CARD_GAP), y: 0, w: 180, h: 110, text: '', attachedTo: actor,
    });
    expect(placeCardBeside(editor, actor)).toBeNull();
  });
});
