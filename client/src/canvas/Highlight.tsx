import { Rect } from './konvaShapes';
import { ACCENT } from './theme';

/** The outline around a selected element, or around the actor a dragged card would attach to. */
export function Highlight({ width, height, cornerRadius, variant }: {
  width: number;
  height: number;
  cornerRadius: number;
  variant: 'selected' | 'drop';
}) {
  const gap = 4;
  return (
    <Rect
      x={-gap}
      y={-gap}
      width={width + gap * 2}
      height={height + gap * 2}
      cornerRadius={cornerRadius + gap}
      stroke={ACCENT}
      strokeWidth={variant === 'drop' ? 3 : 2}
      strokeScaleEnabled={false}
      dash={variant === 'drop' ? [8, 5] : undefined}
      fill={variant === 'drop' ? 'rgba(37, 99, 235, 0.08)' : undefined}
    />
  );
}
