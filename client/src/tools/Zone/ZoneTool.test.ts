import { governanceLevels, LEVEL_LANE, zoneSize } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { click, createTestEditor, drag, elements } from '../../editor/testing';
import { layOutLevelLanes } from './levelLanes';

const swedish = (text: { sv: string }) => text.sv;

describe('the zone tool', () => {
  it('a drag up and to the left draws the zone it spans, previewed, then edits its label back in Markera', () => {
    const editor = createTestEditor();
    editor.setTool('zone');
    drag(editor, [500, 400], [100, 100], false);
    expect(editor.tools.state).toBe('zone.drawing');
    expect(editor.preview.draft.get()).toEqual({ kind: 'zone', rect: { x: 100, y: 100, w: 400, h: 300 } });
    editor.tools.onPointerUp({ point: { x: 100, y: 100 }, screen: { x: 100, y: 100 }, button: 0, shiftKey: false });

    const [zone] = elements(editor);
    expect(zone).toMatchObject({ kind: 'zone', x: 100, y: 100, w: 400, h: 300, label: '' });
    expect(editor.preview.draft.get()).toBeNull();
    expect(editor.tools.state).toBe('select.idle');
    expect(editor.ui.get().editing).toEqual({ id: zone!.id, field: 'label' });
  });

  it('a click places a zone of the default size; a tiny drag still gives the smallest zone', () => {
    const editor = createTestEditor();
    editor.setTool('zone');
    click(editor, 300, 200);
    expect(elements(editor)[0]).toMatchObject({ x: 300 - zoneSize.w / 2, y: 200 - zoneSize.h / 2, ...zoneSize });
    editor.setTool('zone');
    drag(editor, [0, 0], [10, 10]);
    expect(elements(editor)[1]).toMatchObject({ x: 0, y: 0, w: 160, h: 80 });
  });
});

describe('the levels template', () => {
  it('lays out four lanes EU to lokal below existing content, in one undo step', () => {
    const editor = createTestEditor();
    editor.setTool('note');
    click(editor, 0, 0);
    editor.stopEditing();
    editor.history.mark();

    const ids = layOutLevelLanes(editor, swedish);
    const lanes = elements(editor).filter((e) => e.kind === 'zone');
    expect(lanes.map((lane) => lane.kind === 'zone' && lane.label)).toEqual(['EU', 'Nationell', 'Regional', 'Lokal']);
    expect(lanes.map((lane) => lane.y)).toEqual([0, 1, 2, 3].map((i) => lanes[0]!.y + i * LEVEL_LANE.h));
    const note = elements(editor).find((e) => e.kind === 'note')!;
    expect(lanes[0]!.y).toBeGreaterThan(note.y + 110);
    expect([...editor.selection.get()]).toEqual(ids);
    expect(ids).toHaveLength(governanceLevels.length);

    editor.history.undo();
    expect(elements(editor).filter((e) => e.kind === 'zone')).toHaveLength(0);
    expect(elements(editor)).toHaveLength(1);
  });
});
