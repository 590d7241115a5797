/**
 * Zon: idle → pointing → drawing → (zone written). Dragging draws the zone's rectangle (never
 * smaller than a zone may be resized to); a click places one of the default size centred on
 * the pointer. Either way the zone is selected with its label open for writing, and the
 * editor returns to Markera, as after placing a card.
 */
import { zoneSize } from '@samkarta/shared';
import type { Point, Rect } from '../../board/geometry';
import { resizeRect, type Corner } from '../../board/handles';
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';
import { movedBeyondThreshold, type ToolState } from '../types';

export interface ZoneStates {
  idle: void;
  pointing: { start: Point; screen: Point };
  drawing: { start: Point };
}

/** The zone spanned by a drag from `start` to `to`, whichever way it goes. */
export function zoneRectBetween(start: Point, to: Point): Rect {
  const corner = `${to.y < start.y ? 'n' : 's'}${to.x < start.x ? 'w' : 'e'}` as Corner;
  const origin = { x: Math.round(start.x), y: Math.round(start.y), w: 0, h: 0 };
  return resizeRect('zone', origin, corner, to.x - start.x, to.y - start.y);
}

function writeZone(editor: Editor, rect: Rect): void {
  const id = editor.create({ kind: 'zone', ...rect, label: '' });
  editor.setTool('select');
  editor.select([id]);
  editor.startEditing(id);
}

export function createZoneTool(editor: Editor): StateChart<ZoneStates> {
  return new StateChart<ZoneStates>('zone', editor, 'idle', {
    idle: ({ chart }): ToolState => ({
      onPointerDown: (event) => chart.transition('pointing', { start: event.point, screen: event.screen }),
    }),
    pointing: ({ editor, chart }, { start, screen }): ToolState => ({
      onPointerMove(event) {
        if (!movedBeyondThreshold(screen, event.screen)) return;
        chart.transition('drawing', { start });
        chart.onPointerMove(event);
      },
      onPointerUp() {
        chart.transition('idle');
        writeZone(editor, {
          x: Math.round(start.x - zoneSize.w / 2),
          y: Math.round(start.y - zoneSize.h / 2),
          ...zoneSize,
        });
      },
      onCancel: () => chart.transition('idle'),
    }),
    drawing: ({ editor, chart }, { start }): ToolState => ({
      onPointerMove: (event) => editor.preview.draft.set({ kind: 'zone', rect: zoneRectBetween(start, event.point) }),
      onPointerUp(event) {
        chart.transition('idle');
        writeZone(editor, zoneRectBetween(start, event.point));
      },
      onCancel: () => chart.transition('idle'),
      onExit: () => editor.preview.draft.set(null),
    }),
  });
}
