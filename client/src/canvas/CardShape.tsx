import { cardKind, type CardElement } from '@samkarta/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Rect, Text } from './konvaShapes';
import { useDetail, useElementView, useIsEditing, useIsSelected } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';
import { CAPTION, CARD_CORNER, CARD_STRIP, cardTextBox } from './layout';
import { Highlight } from './Highlight';
import { FONT_FAMILY, INK, MUTED_INK, shadow } from './theme';

export const CardShape = memo(function CardShape({ id }: { id: string }) {
  const element = useElementView(id);
  const selected = useIsSelected(id);
  const editing = useIsEditing(id);
  const detail = useDetail();
  if (element?.kind !== 'enabler' && element?.kind !== 'obstacle' && element?.kind !== 'note') return null;
  const kind = cardKind(element.kind);
  return (
    <Group x={element.x} y={element.y}>
      <Rect
        width={element.w}
        height={element.h}
        cornerRadius={CARD_CORNER}
        fill={kind.fill}
        {...shadow}
        shadowEnabled={detail === 'full'}
        perfectDrawEnabled={false}
      />
      {/* Under a third of full size the strip is a pixel thin: the card's fill tells its kind. */}
      {detail !== 'shapes' && <Rect width={element.w} height={CARD_STRIP} cornerRadius={[CARD_CORNER, CARD_CORNER, 0, 0]} fill={kind.stroke} />}
      {detail !== 'shapes' && <CardText card={element} editing={editing} />}
      {selected && <Highlight width={element.w} height={element.h} cornerRadius={CARD_CORNER} variant="selected" />}
    </Group>
  );
});

/** Kind caption and text; the text is hidden while the text editor sits on it. */
function CardText({ card, editing }: { card: CardElement; editing: boolean }) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const kind = cardKind(card.kind);
  const box = cardTextBox(card.w, card.h);
  const empty = card.text.trim() === '';
  return (
    <>
      <Text
        x={box.x}
        y={CAPTION.y + 2}
        width={box.w}
        text={localize(kind.name).toUpperCase()}
        fontSize={CAPTION.fontSize}
        fontStyle="bold"
        letterSpacing={0.4}
        fontFamily={FONT_FAMILY}
        fill={kind.stroke}
        wrap="none"
        ellipsis
      />
      {!editing && (
        <Text
          x={box.x}
          y={box.y}
          width={box.w}
          height={box.h}
          text={empty ? t('board.cardPlaceholder') : card.text}
          fontSize={box.fontSize}
          lineHeight={box.lineHeight}
          fontStyle={empty ? 'italic' : 'normal'}
          fontFamily={FONT_FAMILY}
          fill={empty ? MUTED_INK : INK}
          wrap="word"
          ellipsis
        />
      )}
    </>
  );
}
