import { actorCategory, type ActorElement } from '@samkarta/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Circle, Group, Rect, Text } from './konvaShapes';
import { useDetail, useElementView, useIsDropTarget, useIsEditing, useIsSelected } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';
import { ACTOR_CORNER, ACTOR_ICON, CAPTION, actorTextBox } from './layout';
import { Highlight } from './Highlight';
import { FONT_FAMILY, INK, MUTED_INK, shadow } from './theme';

export const ActorShape = memo(function ActorShape({ id }: { id: string }) {
  const element = useElementView(id);
  const selected = useIsSelected(id);
  const dropTarget = useIsDropTarget(id);
  const editing = useIsEditing(id);
  const detail = useDetail();
  if (element?.kind !== 'actor') return null;
  return (
    <Group x={element.x} y={element.y}>
      <Rect
        width={element.w}
        height={element.h}
        cornerRadius={ACTOR_CORNER}
        fill={actorCategory(element.category).color}
        stroke="rgba(15, 23, 42, 0.12)"
        strokeWidth={1}
        {...shadow}
        shadowEnabled={detail === 'full'}
        perfectDrawEnabled={false}
      />
      {detail !== 'shapes' && <ActorText actor={element} editing={editing} />}
      {(selected || dropTarget) && (
        <Highlight width={element.w} height={element.h} cornerRadius={ACTOR_CORNER} variant={dropTarget ? 'drop' : 'selected'} />
      )}
    </Group>
  );
});

/** Icon, category caption and label; the label is hidden while the text editor sits on it. */
function ActorText({ actor, editing }: { actor: ActorElement; editing: boolean }) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const category = actorCategory(actor.category);
  const box = actorTextBox(actor.w, actor.h);
  const empty = actor.label.trim() === '';
  return (
    <>
      <Circle x={ACTOR_ICON.x} y={actor.h / 2} radius={ACTOR_ICON.radius} fill="rgba(255, 255, 255, 0.7)" />
      <Text
        x={ACTOR_ICON.x - ACTOR_ICON.radius}
        y={actor.h / 2 - ACTOR_ICON.radius}
        width={ACTOR_ICON.radius * 2}
        height={ACTOR_ICON.radius * 2}
        align="center"
        verticalAlign="middle"
        text={category.icon}
        fontSize={ACTOR_ICON.fontSize}
        fontFamily={FONT_FAMILY}
        fill={INK}
      />
      <Text
        x={box.x}
        y={CAPTION.y}
        width={box.w}
        text={localize(category.name).toUpperCase()}
        fontSize={CAPTION.fontSize}
        fontStyle="600"
        letterSpacing={0.4}
        fontFamily={FONT_FAMILY}
        fill={MUTED_INK}
        wrap="none"
        ellipsis
      />
      {!editing && (
        <Text
          x={box.x}
          y={box.y}
          width={box.w}
          height={box.h}
          text={empty ? t('board.actorPlaceholder') : actor.label}
          fontSize={box.fontSize}
          lineHeight={box.lineHeight}
          fontStyle={empty ? 'italic' : String(box.fontWeight)}
          fontFamily={FONT_FAMILY}
          fill={empty ? MUTED_INK : INK}
          verticalAlign="middle"
          wrap="word"
          ellipsis
        />
      )}
    </>
  );
}
