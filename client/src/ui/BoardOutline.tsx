/**
 * The board as a list for screen readers: every element with its kind and text, in drawing
 * order, kept in step with the document. Visually hidden for now; the list view will show it.
 */
import { actorCategory, cardKind, relationType, type BoardElement } from '@samkarta/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useElement, useElementOrder } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';

export function BoardOutline() {
  const { t } = useTranslation();
  const order = useElementOrder();
  return (
    <section className="visually-hidden" aria-label={t('board.outline')} data-testid="board-outline">
      <ul>
        {order.map((id) => <OutlineItem key={id} id={id} />)}
      </ul>
    </section>
  );
}

const OutlineItem = memo(function OutlineItem({ id }: { id: string }) {
  const element = useElement(id);
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const from = useElement(element?.kind === 'connector' ? element.from : '');
  const to = useElement(element?.kind === 'connector' ? element.to : '');
  if (!element) return null;
  let kind: string;
  let text: string;
  switch (element.kind) {
    case 'actor':
      kind = `${t('kinds.actor')} (${localize(actorCategory(element.category).name)})`;
      text = element.label;
      break;
    case 'enabler':
    case 'obstacle':
    case 'note':
      kind = localize(cardKind(element.kind).name);
      text = element.text;
      break;
    case 'connector':
      kind = `${t('kinds.connector')} (${localize(relationType(element.relation).name)})`;
      text = [t('kinds.connectorText', { from: nameOf(from), to: nameOf(to) }), element.label].filter(Boolean).join(': ');
      break;
    case 'zone':
      kind = t('kinds.zone');
      text = element.label;
      break;
    case 'stroke':
      kind = t('kinds.stroke');
      text = '';
      break;
  }
  return (
    <li data-kind={element.kind} data-id={id}>
      {text ? `${kind}: ${text}` : kind}
    </li>
  );
});

function nameOf(element: BoardElement | undefined): string {
  if (!element) return '?';
  if ('label' in element && typeof element.label === 'string') return element.label || '?';
  if ('text' in element) return element.text || '?';
  return '?';
}
