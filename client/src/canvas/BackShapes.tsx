/** Zones and freehand strokes: drawn at the back; no tool creates them yet, but boards may hold them. */
import { memo } from 'react';
import { Group, Line, Rect, Text } from 'react-konva';
import { useElementView, useIsSelected } from '../editor/hooks';
import { ACCENT, FONT_FAMILY, MUTED_INK } from './theme';

export const BackShape = memo(function BackShape({ id }: { id: string }) {
  const element = useElementView(id);
  const selected = useIsSelected(id);
  if (element?.kind === 'zone') {
    return (
      <Group x={element.x} y={element.y}>
        <Rect
          width={element.w}
          height={element.h}
          cornerRadius={16}
          fill="rgba(99, 115, 129, 0.06)"
          stroke={selected ? ACCENT : 'rgba(99, 115, 129, 0.4)'}
          strokeWidth={selected ? 2 : 1.5}
          strokeScaleEnabled={false}
          dash={selected ? undefined : [8, 6]}
        />
        <Text x={16} y={12} width={element.w - 32} text={element.label} fontSize={15} fontStyle="bold" fontFamily={FONT_FAMILY} fill={MUTED_INK} wrap="none" ellipsis />
      </Group>
    );
  }
  if (element?.kind === 'stroke') {
    return (
      <Line
        x={element.x}
        y={element.y}
        points={element.points}
        stroke={selected ? ACCENT : element.color}
        strokeWidth={element.width}
        lineCap="round"
        lineJoin="round"
        tension={0.4}
      />
    );
  }
  return null;
});
