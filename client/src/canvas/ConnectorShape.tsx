import { relationType } from '@samkarta/shared';
import { Text as KonvaText } from 'konva/lib/shapes/Text';
import { memo, useMemo } from 'react';
import { Arrow, Group, Label, Line, Tag, Text } from './konvaShapes';
import { connectorSegment, elementRect, midpoint, type Rect } from '../board/geometry';
import { useDetail, useElement, useElementView, useIsEditing, useIsSelected } from '../editor/hooks';
import { CONNECTOR_LABEL } from './layout';
import { ACCENT, ARROWHEAD, CONNECTOR_WIDTH, FONT_FAMILY, INK } from './theme';

/** Reads one endpoint, so the connector re-routes whenever either end moves, even mid-drag. */
function useEndpointRect(id: string): Rect | null {
  const element = useElementView(id);
  return useMemo(() => (element ? elementRect(element) : null), [element]);
}

export const ConnectorShape = memo(function ConnectorShape({ id }: { id: string }) {
  const element = useElement(id);
  const connector = element?.kind === 'connector' ? element : null;
  const from = useEndpointRect(connector?.from ?? '');
  const to = useEndpointRect(connector?.to ?? '');
  const selected = useIsSelected(id);
  const editing = useIsEditing(id);
  const detail = useDetail();
  if (!connector || !from || !to) return null;
  const segment = connectorSegment(from, to);
  if (!segment) return null;
  const relation = relationType(connector.relation);
  const points = [segment.x1, segment.y1, segment.x2, segment.y2];
  const label = connector.label.trim();
  return (
    <Group>
      {selected && <Line points={points} stroke={ACCENT} strokeWidth={10} opacity={0.25} lineCap="round" />}
      <Arrow
        points={points}
        stroke={relation.color}
        fill={relation.color}
        strokeWidth={CONNECTOR_WIDTH}
        dash={relation.dash.length > 0 ? [...relation.dash] : undefined}
        lineCap="round"
        pointerLength={ARROWHEAD.length}
        pointerWidth={ARROWHEAD.width}
        pointerAtBeginning={connector.arrowheads === 'both'}
        pointerAtEnding={connector.arrowheads !== 'none'}
        perfectDrawEnabled={false}
      />
      {label !== '' && !editing && detail !== 'shapes' && <ConnectorLabel text={label} color={relation.color} at={midpoint(segment)} />}
    </Group>
  );
});

function ConnectorLabel({ text, color, at }: { text: string; color: string; at: { x: number; y: number } }) {
  // Konva sizes a label only after layout; measuring here lets it be centred on the line.
  const size = useMemo(() => {
    const measure = new KonvaText({ text, fontSize: CONNECTOR_LABEL.fontSize, fontFamily: FONT_FAMILY, padding: CONNECTOR_LABEL.padding });
    const result = { width: measure.width(), height: measure.height() };
    measure.destroy();
    return result;
  }, [text]);
  return (
    <Label x={at.x - size.width / 2} y={at.y - size.height / 2}>
      <Tag fill="#ffffff" stroke={color} strokeWidth={1} cornerRadius={5} />
      <Text text={text} fontSize={CONNECTOR_LABEL.fontSize} fontFamily={FONT_FAMILY} padding={CONNECTOR_LABEL.padding} fill={INK} />
    </Label>
  );
}
