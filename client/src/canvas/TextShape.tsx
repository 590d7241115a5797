import { memo } from 'react';
import { Group, Text } from './konvaShapes';
import { useDetail, useElementView, useIsEditing, useIsSelected } from '../editor/hooks';
import { freeTextBox } from './layout';
import { Highlight } from './Highlight';
import { FONT_FAMILY, INK } from './theme';

/** Free text: just the words, hidden while the text editor sits on them. */
export const TextShape = memo(function TextShape({ id }: { id: string }) {
  const element = useElementView(id);
  const selected = useIsSelected(id);
  const editing = useIsEditing(id);
  const detail = useDetail();
  if (element?.kind !== 'text') return null;
  const box = freeTextBox(element);
  return (
    <Group x={element.x} y={element.y}>
      {!editing && detail !== 'shapes' && (
        <Text
          text={element.text}
          fontSize={box.fontSize}
          lineHeight={box.lineHeight}
          fontFamily={FONT_FAMILY}
          fill={INK}
          wrap="none"
          perfectDrawEnabled={false}
        />
      )}
      {selected && <Highlight width={element.w} height={element.h} cornerRadius={2} variant="selected" />}
    </Group>
  );
});
