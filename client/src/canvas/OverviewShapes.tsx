/**
 * The map zoomed out below a third (the 'shapes' detail), where each actor, card and connector
 * is a plain coloured shape and thousands of them can be in view. Instead of a React component
 * and a Konva group and shape for each, created on opening and walked on every redraw of a pan,
 * one Konva shape paints the given elements straight onto its layer's canvas, the way
 * ActorShape, CardShape, TextShape and ConnectorShape draw them at that detail (with the
 * outline of the selection and of a drop target). What a gesture lifts is not among them:
 * LiftedShapes draws it. The shape repaints when an element it paints changes, when the ids,
 * the selection or the drop target change, and with its layer when the view moves.
 */
import { actorCategory, cardKind, relationType, type BoardElement } from '@samkarta/shared';
import type { Context } from 'konva/lib/Context';
import type { Shape as KonvaShape } from 'konva/lib/Shape';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { Shape } from './konvaShapes';
import type { ElementStore } from '../board/ElementStore';
import { connectorSegment, elementRect } from '../board/geometry';
import { useEditor } from '../editor/EditorContext';
import { useSelection } from '../editor/hooks';
import { ACTOR_CORNER, CARD_CORNER } from './layout';
import { ACCENT, ARROWHEAD, CONNECTOR_WIDTH } from './theme';

/** As ActorShape's frame. */
const ACTOR_STROKE = 'rgba(15, 23, 42, 0.12)';
/** As Highlight: gap around the element, and the drop target's fill. */
const HIGHLIGHT_GAP = 4;
const DROP_FILL = 'rgba(37, 99, 235, 0.08)';
const DROP_DASH = [8, 5];
/** As ConnectorShape's outline of a selected connector. */
const SELECTED_CONNECTOR = { width: 10, opacity: 0.25 } as const;

export function OverviewShapes({ ids }: { ids: readonly string[] }) {
  const { store, preview } = useEditor();
  const selection = useSelection();
  const dropTarget = useSyncExternalStore(preview.dropTarget.subscribe, preview.dropTarget.get);
  const ref = useRef<KonvaShape>(null);
  // What this shape's picture depends on: its elements and the ends of its connectors.
  const watched = useMemo(() => {
    const set = new Set(ids);
    for (const id of ids) {
      const element = store.get(id);
      if (element?.kind === 'connector') set.add(element.from).add(element.to);
    }
    return set;
  }, [store, ids]);
  // A drag writes the lifted elements every few frames; those writes must not repaint the map.
  useEffect(
    () => store.subscribeAny((changed) => {
      if (changed.some((id) => watched.has(id))) ref.current?.getLayer()?.batchDraw();
    }),
    [store, watched],
  );
  const sceneFunc = useCallback(
    (context: Context) => paint(context, store, ids, selection, dropTarget),
    [store, ids, selection, dropTarget],
  );
  return <Shape ref={ref} sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}

function paint(
  context: Context,
  store: ElementStore,
  ids: readonly string[],
  selection: ReadonlySet<string>,
  dropTarget: string | null,
): void {
  const ctx = context._context;
  for (const id of ids) {
    const element = store.get(id);
    if (!element) continue;
    const selected = selection.has(id);
    switch (element.kind) {
      case 'actor':
        roundedRect(ctx, element.x, element.y, element.w, element.h, ACTOR_CORNER);
        ctx.fillStyle = actorCategory(element.category).color;
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = ACTOR_STROKE;
        ctx.stroke();
        if (selected || dropTarget === id) highlight(context, element, ACTOR_CORNER, dropTarget === id);
        break;
      case 'enabler':
      case 'obstacle':
      case 'note':
        roundedRect(ctx, element.x, element.y, element.w, element.h, CARD_CORNER);
        ctx.fillStyle = cardKind(element.kind).fill;
        ctx.fill();
        if (selected) highlight(context, element, CARD_CORNER, false);
        break;
      case 'text':
        // Free text has no words at this detail, only its outline when selected.
        if (selected) highlight(context, element, 2, false);
        break;
      case 'connector':
        connector(context, store, element, selected);
        break;
      default:
        break;
    }
  }
}

function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(radius, w / 2, h / 2));
}

/** Highlight's outline: a fixed width on screen, so drawn with the transform reset as Konva does. */
function highlight(context: Context, rect: { x: number; y: number; w: number; h: number }, corner: number, drop: boolean): void {
  const ctx = context._context;
  roundedRect(ctx, rect.x - HIGHLIGHT_GAP, rect.y - HIGHLIGHT_GAP, rect.w + HIGHLIGHT_GAP * 2, rect.h + HIGHLIGHT_GAP * 2, corner + HIGHLIGHT_GAP);
  if (drop) {
    ctx.fillStyle = DROP_FILL;
    ctx.fill();
  }
  ctx.save();
  const ratio = context.getCanvas().getPixelRatio();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  if (drop) ctx.setLineDash(DROP_DASH);
  ctx.lineWidth = drop ? 3 : 2;
  ctx.strokeStyle = ACCENT;
  ctx.stroke();
  ctx.restore();
}

/** ConnectorShape without its label (unreadable at this detail): the line, dashed by relation, and its heads. */
function connector(context: Context, store: ElementStore, element: Extract<BoardElement, { kind: 'connector' }>, selected: boolean): void {
  const from = store.get(element.from);
  const to = store.get(element.to);
  const a = from && elementRect(from);
  const b = to && elementRect(to);
  const segment = a && b ? connectorSegment(a, b) : null;
  if (!segment) return;
  const ctx = context._context;
  const relation = relationType(element.relation);
  ctx.save();
  ctx.lineCap = 'round';
  if (selected) {
    ctx.globalAlpha = SELECTED_CONNECTOR.opacity;
    line(ctx, segment.x1, segment.y1, segment.x2, segment.y2);
    ctx.lineWidth = SELECTED_CONNECTOR.width;
    ctx.strokeStyle = ACCENT;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  line(ctx, segment.x1, segment.y1, segment.x2, segment.y2);
  ctx.lineWidth = CONNECTOR_WIDTH;
  ctx.strokeStyle = relation.color;
  ctx.fillStyle = relation.color;
  if (relation.dash.length > 0) ctx.setLineDash(relation.dash as number[]);
  ctx.stroke();
  // Konva's Arrow draws its heads solid, whatever the dash of the line.
  ctx.setLineDash([]);
  if (element.arrowheads !== 'none') arrowhead(ctx, segment.x2, segment.y2, Math.atan2(segment.y2 - segment.y1, segment.x2 - segment.x1));
  if (element.arrowheads === 'both') arrowhead(ctx, segment.x1, segment.y1, Math.atan2(segment.y1 - segment.y2, segment.x1 - segment.x2));
  ctx.restore();
}

function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number): void {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
}

function arrowhead(ctx: CanvasRenderingContext2D, x: number, y: number, angle: number): void {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const back = { x: x - ARROWHEAD.length * cos, y: y - ARROWHEAD.length * sin };
  const half = { x: (-ARROWHEAD.width / 2) * sin, y: (ARROWHEAD.width / 2) * cos };
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(back.x + half.x, back.y + half.y);
  ctx.lineTo(back.x - half.x, back.y - half.y);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}
