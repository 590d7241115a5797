/**
 * A board drawn as SVG, one top-level node per element, in drawing order: the facilitator
 * wall's live miniatures (`detail: 'shapes'`, no text, which would be unreadable that small)
 * and the SVG and PNG exports (`detail: 'full'`). It follows the Konva shapes in canvas/ —
 * the same layout boxes, colours, dash patterns and arrowheads — so an export looks like
 * the board. SVG does not wrap text, so the full drawing takes the lines from a
 * `TextLayout`; in the browser that is Konva's own layout (`konvaTextLayout`), which breaks
 * lines exactly where the canvas does.
 */
import {
  actorCategory,
  cardKind,
  relationType,
  type ActorElement,
  type BoardElement,
  type CardElement,
  type ConnectorElement,
  type Localized,
  type StrokeElement,
  type TextElement,
  type ZoneElement,
} from '@samkarta/shared';
import { connectorSegment, elementRect, midpoint, type Rect, type Segment } from '../board/geometry';
import {
  ACTOR_CORNER,
  ACTOR_ICON,
  CAPTION,
  CARD_CORNER,
  CARD_STRIP,
  CONNECTOR_LABEL,
  ZONE_LABEL,
  actorTextBox,
  cardTextBox,
  freeTextBox,
} from '../canvas/layout';
import { strokeOutline } from '../canvas/strokeOutline';
import { ARROWHEAD, CONNECTOR_WIDTH, FONT_FAMILY, INK, MUTED_INK, ZONE_FILL, ZONE_STROKE } from '../canvas/theme';

export interface TextStyle {
  fontSize: number;
  lineHeight?: number;
  fontWeight?: number | 'bold';
  /** Ellipsis on one line instead of wrapping. */
  singleLine?: boolean;
  letterSpacing?: number;
}

export interface TextLine {
  text: string;
  width: number;
}

/** Breaks `text` into the lines that fit `width` (and `height`, with an ellipsis), as the canvas does. */
export type TextLayout = (text: string, width: number, height: number | undefined, style: TextStyle) => TextLine[];

export interface FullDetail {
  layout: TextLayout;
  localize: (name: Localized) => string;
}

export interface BoardSvgProps {
  elements: readonly BoardElement[];
  view: Rect;
  /** Null: shapes only. */
  text: FullDetail | null;
  /** Painted under everything; none leaves the image transparent. */
  background?: string;
  className?: string;
  label?: string;
  /** Size of the image in pixels; without it the SVG scales to its container. */
  size?: { width: number; height: number };
}

export function BoardSvg({ elements, view, text, background, className, label, size }: BoardSvgProps) {
  const rects = new Map<string, Rect>();
  for (const element of elements) {
    const rect = elementRect(element);
    if (rect) rects.set(element.id, rect);
  }
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className={className}
      viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      {...(size ? { width: size.width, height: size.height } : {})}
      fontFamily={text ? FONT_FAMILY : undefined}
    >
      {background && <rect x={view.x} y={view.y} width={view.w} height={view.h} fill={background} />}
      {elements.map((element) => (
        <ElementSvg key={element.id} element={element} rects={rects} text={text} />
      ))}
    </svg>
  );
}

function ElementSvg({ element, rects, text }: { element: BoardElement; rects: ReadonlyMap<string, Rect>; text: FullDetail | null }) {
  switch (element.kind) {
    case 'zone':
      return <ZoneSvg zone={element} text={text} />;
    case 'actor':
      return <ActorSvg actor={element} text={text} />;
    case 'enabler':
    case 'obstacle':
    case 'note':
      return <CardSvg card={element} text={text} />;
    case 'stroke':
      return <StrokeSvg stroke={element} full={text !== null} />;
    case 'text':
      // Nothing but words: a miniature, which draws no text, leaves it out.
      return text && <FreeTextSvg element={element} text={text} />;
    case 'connector': {
      const from = rects.get(element.from);
      const to = rects.get(element.to);
      const segment = from && to ? connectorSegment(from, to) : null;
      return segment ? <ConnectorSvg connector={element} segment={segment} text={text} /> : null;
    }
  }
}

/** Lines of text from the top of `box`, or centred in it; each line's middle on its slot's middle, as Konva draws. */
function TextBlock({ lines, x, y, style, fill, centreIn }: { lines: readonly TextLine[]; x: number; y: number; style: TextStyle; fill: string; centreIn?: number }) {
  const lineHeight = style.fontSize * (style.lineHeight ?? 1);
  const top = centreIn === undefined ? y : y + (centreIn - lines.length * lineHeight) / 2;
  return (
    <text
      fontSize={style.fontSize}
      fontWeight={style.fontWeight}
      letterSpacing={style.letterSpacing}
      fill={fill}
      dominantBaseline="central"
      xmlSpace="preserve"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={round(top + (i + 0.5) * lineHeight)}>{line.text}</tspan>
      ))}
    </text>
  );
}

function ZoneSvg({ zone, text }: { zone: ZoneElement; text: FullDetail | null }) {
  const label = zone.label.trim();
  return (
    <g transform={`translate(${zone.x} ${zone.y})`}>
      <rect width={zone.w} height={zone.h} rx={16} fill={ZONE_FILL} stroke={ZONE_STROKE} strokeWidth={1.5} strokeDasharray={text ? '8 6' : undefined} />
      {text && label !== '' && (
        <TextBlock lines={text.layout(label, zone.w - 2 * ZONE_LABEL.x, undefined, ZONE_LABEL.style)} x={ZONE_LABEL.x} y={ZONE_LABEL.y} style={ZONE_LABEL.style} fill={MUTED_INK} />
      )}
    </g>
  );
}

function ActorSvg({ actor, text }: { actor: ActorElement; text: FullDetail | null }) {
  const category = actorCategory(actor.category);
  const box = actorTextBox(actor.w, actor.h);
  const caption: TextStyle = { fontSize: CAPTION.fontSize, fontWeight: 600, singleLine: true, letterSpacing: 0.4 };
  const labelStyle: TextStyle = { fontSize: box.fontSize, lineHeight: box.lineHeight, fontWeight: box.fontWeight };
  return (
    <g transform={`translate(${actor.x} ${actor.y})`}>
      <rect width={actor.w} height={actor.h} rx={ACTOR_CORNER} fill={category.color} stroke="rgba(15, 23, 42, 0.12)" strokeWidth={1} />
      {text && (
        <>
          <circle cx={ACTOR_ICON.x} cy={actor.h / 2} r={ACTOR_ICON.radius} fill="rgba(255, 255, 255, 0.7)" />
          <text x={ACTOR_ICON.x} y={actor.h / 2} fontSize={ACTOR_ICON.fontSize} textAnchor="middle" dominantBaseline="central" fill={INK}>{category.icon}</text>
          <TextBlock lines={text.layout(text.localize(category.name).toUpperCase(), box.w, undefined, caption)} x={box.x} y={CAPTION.y} style={caption} fill={MUTED_INK} />
          <TextBlock lines={text.layout(actor.label, box.w, box.h, labelStyle)} x={box.x} y={box.y} style={labelStyle} fill={INK} centreIn={box.h} />
        </>
      )}
    </g>
  );
}

function CardSvg({ card, text }: { card: CardElement; text: FullDetail | null }) {
  const kind = cardKind(card.kind);
  const box = cardTextBox(card.w, card.h);
  const caption: TextStyle = { fontSize: CAPTION.fontSize, fontWeight: 'bold', singleLine: true, letterSpacing: 0.4 };
  const bodyStyle: TextStyle = { fontSize: box.fontSize, lineHeight: box.lineHeight };
  const r = CARD_CORNER;
  return (
    <g transform={`translate(${card.x} ${card.y})`}>
      <rect width={card.w} height={card.h} rx={r} fill={kind.fill} />
      {/* The coloured strip: rounded at the top like the card, square below. */}
      <path d={`M0 ${CARD_STRIP}V${r}A${r} ${r} 0 0 1 ${r} 0H${card.w - r}A${r} ${r} 0 0 1 ${card.w} ${r}V${CARD_STRIP}Z`} fill={kind.stroke} />
      {text && (
        <>
          <TextBlock lines={text.layout(text.localize(kind.name).toUpperCase(), box.w, undefined, caption)} x={box.x} y={CAPTION.y + 2} style={caption} fill={kind.stroke} />
          <TextBlock lines={text.layout(card.text, box.w, box.h, bodyStyle)} x={box.x} y={box.y} style={bodyStyle} fill={INK} />
        </>
      )}
    </g>
  );
}

function FreeTextSvg({ element, text }: { element: TextElement; text: FullDetail }) {
  const box = freeTextBox(element);
  const style: TextStyle = { fontSize: box.fontSize, lineHeight: box.lineHeight, singleLine: true };
  // One single-line layout per written line: free text never wraps, as on the canvas.
  const lines = element.text.split('\n').flatMap((line) => text.layout(line, Infinity, undefined, style));
  return <TextBlock lines={lines} x={element.x} y={element.y} style={style} fill={INK} />;
}

function StrokeSvg({ stroke, full }: { stroke: StrokeElement; full: boolean }) {
  if (!full) {
    const points = [];
    for (let i = 0; i + 1 < stroke.points.length; i += 2) points.push(`${stroke.x + stroke.points[i]!},${stroke.y + stroke.points[i + 1]!}`);
    return <polyline points={points.join(' ')} fill="none" stroke={stroke.color} strokeWidth={stroke.width} strokeLinecap="round" />;
  }
  const outline = strokeOutline(stroke.points, stroke.width);
  const points = [];
  for (let i = 0; i + 1 < outline.length; i += 2) points.push(`${round(stroke.x + outline[i]!)},${round(stroke.y + outline[i + 1]!)}`);
  return <polygon points={points.join(' ')} fill={stroke.color} />;
}

/** Two decimals: plenty for a drawing, and a much smaller file than full floats. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The triangle Konva's Arrow draws at `tip`, pointing away from `from`. */
function arrowhead(tip: { x: number; y: number }, from: { x: number; y: number }): string {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const back = { x: tip.x - ARROWHEAD.length * Math.cos(angle), y: tip.y - ARROWHEAD.length * Math.sin(angle) };
  const half = ARROWHEAD.width / 2;
  const nx = -Math.sin(angle) * half;
  const ny = Math.cos(angle) * half;
  return [tip, { x: back.x + nx, y: back.y + ny }, { x: back.x - nx, y: back.y - ny }].map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

function ConnectorSvg({ connector, segment, text }: { connector: ConnectorElement; segment: Segment; text: FullDetail | null }) {
  const relation = relationType(connector.relation);
  const start = { x: segment.x1, y: segment.y1 };
  const end = { x: segment.x2, y: segment.y2 };
  if (!text) return <line x1={start.x} y1={start.y} x2={end.x} y2={end.y} stroke={relation.color} strokeWidth={4} />;
  const label = connector.label.trim();
  const labelStyle: TextStyle = { fontSize: CONNECTOR_LABEL.fontSize, singleLine: true };
  const line = label === '' ? null : text.layout(label, Infinity, undefined, labelStyle)[0];
  const at = midpoint(segment);
  const box = line && { w: line.width + 2 * CONNECTOR_LABEL.padding, h: CONNECTOR_LABEL.fontSize + 2 * CONNECTOR_LABEL.padding };
  return (
    <g data-relation={relation.id}>
      <line
        x1={round(start.x)}
        y1={round(start.y)}
        x2={round(end.x)}
        y2={round(end.y)}
        stroke={relation.color}
        strokeWidth={CONNECTOR_WIDTH}
        strokeLinecap="round"
        strokeDasharray={relation.dash.length > 0 ? relation.dash.join(' ') : undefined}
      />
      {connector.arrowheads !== 'none' && <polygon points={arrowhead(end, start)} fill={relation.color} />}
      {connector.arrowheads === 'both' && <polygon points={arrowhead(start, end)} fill={relation.color} />}
      {line && box && (
        <g transform={`translate(${round(at.x - box.w / 2)} ${round(at.y - box.h / 2)})`}>
          <rect width={box.w} height={box.h} rx={5} fill="#ffffff" stroke={relation.color} strokeWidth={1} />
          <TextBlock lines={[line]} x={CONNECTOR_LABEL.padding} y={CONNECTOR_LABEL.padding} style={labelStyle} fill={INK} />
        </g>
      )}
    </g>
  );
}
