/**
 * The board as a list, for keyboards and screen readers: actors with the cards attached to
 * them and their connections, then every card by kind, then the rest. It follows the document
 * live. Closed, it stays in the page visually hidden and read-only, so a screen reader always
 * has the map's content; open (Lista, Alt+L) it lies over the board and card texts are
 * written here into the same Y.Text as on the canvas. Arrow keys move between entries.
 */
import {
  actorCategory,
  cardKind,
  cardKinds,
  relationType,
  updateElement,
  type BoardElement,
} from '@samkarta/shared';
import { memo, useCallback, useDeferredValue, useEffect, useRef, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { listBoard, sameList, type ActorEntry, type BoardList } from '../board/boardList';
import { textPatch } from '../canvas/textFit';
import { useEditor } from '../editor/EditorContext';
import { useElement, useUi } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';
import { useSyncedText } from './useSyncedText';

/** Marks what the arrow keys move between. */
const ENTRY = 'data-list-entry';

const EMPTY_LIST: BoardList = { actors: [], cards: { enabler: [], obstacle: [], note: [] }, others: [] };

function useBoardList(): BoardList {
  const { store } = useEditor();
  const cache = useRef<BoardList | null>(null);
  const getSnapshot = useCallback(() => {
    const next = listBoard(store.getOrder().map((id) => store.get(id)!));
    if (cache.current && sameList(cache.current, next)) return cache.current;
    cache.current = next;
    return next;
  }, [store]);
  return useSyncExternalStore(store.subscribeAny, getSnapshot);
}

export function ListView() {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const editor = useEditor();
  const open = useUi((ui) => ui.listView);
  const readOnly = useUi((ui) => ui.readOnly);
  // Thousands of entries must not hold up the board's first paint: the list starts empty and
  // fills in a background render, which React interrupts for anything the user does.
  const list = useDeferredValue(useBoardList(), EMPTY_LIST);
  const heading = useRef<HTMLHeadingElement>(null);
  const editable = open && !readOnly;

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      editor.setListView(false);
      document.querySelector<HTMLElement>('[data-testid="list-view-toggle"]')?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    // In a text field the arrows move the caret; only past its first or last line do they move on.
    if (target instanceof HTMLTextAreaElement) {
      const before = target.value.slice(0, target.selectionStart);
      const after = target.value.slice(target.selectionEnd);
      if (event.key === 'ArrowUp' ? before.includes('\n') : after.includes('\n')) return;
    }
    const entries = [...event.currentTarget.querySelectorAll<HTMLElement>(`[${ENTRY}]`)];
    const index = entries.indexOf(target);
    const next = entries[index + (event.key === 'ArrowDown' ? 1 : -1)] ?? (index === -1 ? entries[0] : undefined);
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <section
      className={open ? 'list-view' : 'visually-hidden'}
      aria-labelledby="list-view-title"
      data-testid="board-outline"
      data-open={open || undefined}
      onKeyDown={onKeyDown}
    >
      <h2 id="list-view-title" ref={heading} tabIndex={-1}>{t('listView.title')}</h2>
      <h3>{t('listView.actors')}</h3>
      <EntryList ids={list.actors.map((actor) => actor.id)}>
        {list.actors.map((actor) => <ActorItem key={actor.id} entry={actor} focusable={open} />)}
      </EntryList>
      <h3>{t('listView.cards')}</h3>
      {cardKinds.map((kind) => (
        <section key={kind.id} aria-labelledby={`list-view-${kind.id}`}>
          <h4 id={`list-view-${kind.id}`}>{localize(kind.plural)}</h4>
          <EntryList ids={list.cards[kind.id]}>
            {list.cards[kind.id].map((id) => <TextItem key={id} id={id} editable={editable} focusable={open} />)}
          </EntryList>
        </section>
      ))}
      <h3>{t('listView.other')}</h3>
      <EntryList ids={list.others}>
        {list.others.map((id) => <TextItem key={id} id={id} editable={editable} focusable={open} />)}
      </EntryList>
    </section>
  );
}

function EntryList({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <p className="muted">{t('listView.empty')}</p>;
  return <ul>{children}</ul>;
}

function useKindName(element: BoardElement | undefined): string {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  switch (element?.kind) {
    case undefined:
      return '';
    case 'actor':
      return `${t('kinds.actor')} (${localize(actorCategory(element.category).name)})`;
    case 'enabler':
    case 'obstacle':
    case 'note':
      return localize(cardKind(element.kind).name);
    case 'connector':
      return `${t('kinds.connector')} (${localize(relationType(element.relation).name)})`;
    case 'zone':
      return t('kinds.zone');
    case 'stroke':
      return t('kinds.stroke');
    case 'text':
      return t('freeText.kind');
  }
}

function nameOf(element: BoardElement | undefined, unnamed: string): string {
  if (!element) return '?';
  if ('label' in element && typeof element.label === 'string') return element.label || unnamed;
  if ('text' in element) return element.text || unnamed;
  return unnamed;
}

const ActorItem = memo(function ActorItem({ entry, focusable }: { entry: ActorEntry; focusable: boolean }) {
  const { t } = useTranslation();
  const element = useElement(entry.id);
  const kind = useKindName(element);
  if (element?.kind !== 'actor') return null;
  const name = nameOf(element, t('listView.unnamed'));
  return (
    <li data-kind="actor" data-id={entry.id}>
      <span {...entryProps(focusable, 0)}>{`${kind}: ${name}`}</span>
      {entry.cards.length > 0 && (
        <ul aria-label={t('listView.cardsOn')}>
          {entry.cards.map((id) => <AttachedCard key={id} id={id} focusable={focusable} />)}
        </ul>
      )}
      {entry.connectors.length > 0 && (
        <ul aria-label={t('listView.relations')}>
          {entry.connectors.map((id) => <Relation key={id} id={id} actorId={entry.id} focusable={focusable} />)}
        </ul>
      )}
    </li>
  );
});

const AttachedCard = memo(function AttachedCard({ id, focusable }: { id: string; focusable: boolean }) {
  const { t } = useTranslation();
  const element = useElement(id);
  const kind = useKindName(element);
  if (!element) return null;
  return <li data-attached={id} {...entryProps(focusable, -1)}>{`${kind}: ${nameOf(element, t('listView.unnamed'))}`}</li>;
});

const Relation = memo(function Relation({ id, actorId, focusable }: { id: string; actorId: string; focusable: boolean }) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const connector = useElement(id);
  const outgoing = connector?.kind === 'connector' && connector.from === actorId;
  const other = useElement(connector?.kind === 'connector' ? (outgoing ? connector.to : connector.from) : '');
  if (connector?.kind !== 'connector') return null;
  const relation = localize(relationType(connector.relation).name);
  const text = t(outgoing ? 'listView.relationTo' : 'listView.relationFrom', { relation, name: nameOf(other, t('listView.unnamed')) });
  return (
    <li data-relation={id} {...entryProps(focusable, -1)}>
      {connector.label ? `${text}: ${connector.label}` : text}
    </li>
  );
});

/**
 * A card, a free text, a zone, a stroke or a loose connector: "Kind: text". Cards and free
 * text become a text field while the list is open on a board this person may edit.
 */
const TextItem = memo(function TextItem({ id, editable, focusable }: { id: string; editable: boolean; focusable: boolean }) {
  const { t } = useTranslation();
  const element = useElement(id);
  const kind = useKindName(element);
  const from = useElement(element?.kind === 'connector' ? element.from : '');
  const to = useElement(element?.kind === 'connector' ? element.to : '');
  if (!element) return null;
  const writable = element.kind === 'enabler' || element.kind === 'obstacle' || element.kind === 'note' || element.kind === 'text';
  if (writable && editable) {
    return (
      <li data-kind={element.kind} data-id={id}>
        <TextField element={element} label={t('listView.editCard', { kind })} />
      </li>
    );
  }
  let text: string;
  switch (element.kind) {
    case 'connector':
      text = [t('kinds.connectorText', { from: nameOf(from, '?'), to: nameOf(to, '?') }), element.label].filter(Boolean).join(': ');
      break;
    case 'stroke':
      text = '';
      break;
    default:
      text = nameOf(element, '');
  }
  return (
    <li data-kind={element.kind} data-id={id} {...entryProps(focusable, 0)}>
      {text ? `${kind}: ${text}` : kind}
    </li>
  );
});

function TextField({ element, label }: { element: Extract<BoardElement, { text: string }>; label: string }) {
  const editor = useEditor();
  const ref = useSyncedText<HTMLTextAreaElement>(element.text);
  return (
    <textarea
      ref={ref}
      className="list-view-field"
      data-testid="list-view-field"
      aria-label={label}
      defaultValue={element.text}
      rows={Math.max(1, element.text.split('\n').length)}
      {...{ [ENTRY]: '' }}
      // Each field is its own undo step, as each card on the canvas is.
      onFocus={() => editor.history.mark()}
      onChange={(event) => updateElement(editor.doc, element.id, textPatch(element, 'text', event.target.value), editor.origin)}
    />
  );
}

/** What makes an entry reachable: arrows always (while open), Tab when `tabIndex` is 0. */
function entryProps(focusable: boolean, tabIndex: 0 | -1): Record<string, unknown> {
  return focusable ? { [ENTRY]: '', tabIndex } : {};
}
