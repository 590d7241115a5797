import type { Point } from '../../board/geometry';
import type { StateContext } from '../StateChart';
import { movedBeyondThreshold, type ToolPointerEvent, type ToolState } from '../types';
import type { ConnectStates } from './ConnectTool';

export interface LinkInfo {
  from: string;
  /** Screen point of the press, for the drag threshold. */
  screen: Point;
}

type Ctx = StateContext<ConnectStates>;

export function idle({ editor, chart }: Ctx): ToolState {
  return {
    onPointerDown(event) {
      const actor = editor.actorAt(event.point);
      if (actor) chart.transition('pointing', { from: actor.id, screen: event.screen });
      else chart.transition('panning', { last: event.screen });
    },
  };
}

/** Pressed on the first actor: a drag draws the connector, a click arms the tool. */
export function pointing({ editor, chart }: Ctx, info: LinkInfo): ToolState {
  return {
    onEnter: () => editor.select([info.from]),
    onPointerMove(event) {
      if (!movedBeyondThreshold(info.screen, event.screen)) return;
      chart.transition('linking', info);
      chart.onPointerMove(event);
    },
    onPointerUp: () => chart.transition('armed', info),
    onCancel: () => chart.transition('idle'),
  };
}

function follow({ editor }: Ctx, info: LinkInfo, event: ToolPointerEvent): void {
  editor.preview.link.set({ from: info.from, to: event.point });
  editor.preview.dropTarget.set(editor.actorAt(event.point, new Set([info.from]))?.id ?? null);
}

function cleanUp({ editor, chart }: Ctx): void {
  editor.preview.clear();
  chart.transition('idle');
}

/** Connects to the actor under the pointer, if any other than the first; true if it did. */
function complete(ctx: Ctx, info: LinkInfo, event: ToolPointerEvent): boolean {
  const target = ctx.editor.actorAt(event.point, new Set([info.from]));
  if (!target) return false;
  const id = ctx.editor.create({
    kind: 'connector',
    x: 0,
    y: 0,
    from: info.from,
    to: target.id,
    relation: 'samverkan',
    label: '',
    arrowheads: 'end',
  });
  cleanUp(ctx);
  ctx.editor.setTool('select');
  ctx.editor.select([id]);
  return true;
}

/** Dragging from the first actor; releasing over another connects them. */
export function linking(ctx: Ctx, info: LinkInfo): ToolState {
  return {
    onPointerMove: (event) => follow(ctx, info, event),
    onPointerUp(event) {
      if (!complete(ctx, info, event)) cleanUp(ctx);
    },
    onCancel: () => cleanUp(ctx),
  };
}

/** The first actor was clicked; the next click on another actor connects, elsewhere cancels. */
export function armed(ctx: Ctx, info: LinkInfo): ToolState {
  return {
    onPointerMove: (event) => follow(ctx, info, event),
    onPointerDown(event) {
      if (complete(ctx, info, event)) return;
      if (ctx.editor.actorAt(event.point)?.id !== info.from) cleanUp(ctx);
    },
    onCancel: () => cleanUp(ctx),
  };
}
