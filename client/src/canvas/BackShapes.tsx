/** Zones and freehand strokes: drawn at the back, beneath actors and cards. */
import { memo, useMemo } from 'react';
import { Group, Line, Rect, Text } from './konvaShapes';
import { useElementView, useIsSelected } from '../editor/hooks';
import { strokeOutline } from './strokeOutline';
import { ZONE_LABEL } from './layout';
import { ACCENT, FONT_FAMILY, MUTED_INK, ZONE_FILL, ZONE_STROKE } from './theme';

export const BackShape = memo(function BackShape({ id }: { id: string }) {
  const element = useElementView(id);
  const selected = useIsSelected(id);
  // The outline is computed once per change of the stroke, not on every redraw of the layer.
  const points = element?.kind === 'stroke' ? element.points : null;
  const width = element?.kind === 'stroke' ? element.width : 0;
  const outline = useMemo(() => (points ? strokeOutline(points, width) : null), [points, width]);
  if (element?.kind === 'zone') {
    return (
      <Group x={element.x} y={element.y}>
        <Rect
          width={element.w}
          height={element.h}
          cornerRadius={16}
          fill={ZONE_FILL}
          stroke={selected ? ACCENT : ZONE_STROKE}
          strokeWidth={selected ? 2 : 1.5}
          strokeScaleEnabled={false}
          dash={selected ? undefined : [8, 6]}
        />
        <Text x={ZONE_LABEL.x} y={ZONE_LABEL.y} width={element.w - 2 * ZONE_LABEL.x} text={element.label} fontSize={ZONE_LABEL.style.fontSize} fontStyle={ZONE_LABEL.style.fontWeight} fontFamily={FONT_FAMILY} fill={MUTED_INK} wrap="none" ellipsis />
      </Group>
    );
  }
  if (element?.kind === 'stroke' && outline) {
    return (
      <Line
        x={element.x}
        y={element.y}
        points={outline}
        closed
        fill={element.color}
        stroke={selected ? ACCENT : undefined}
        strokeWidth={selected ? 1.5 : 0}
        strokeScaleEnabled={false}
      />
    );
  }
  return null;
});
