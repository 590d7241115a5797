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
  type Localized,
} from '@samkarta/shared';
import type { TFunction } from 'i18next';
import { createContext, memo, useCallback, useContext, useDeferredValue, useEffect, useMemo, useRef, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
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

/** What decides where an element is listed (its kind, drawing order, actor or ends); its place and words do not. */
function groupingOf(element: BoardElement | undefined): string {
  if (!element) return '';
  const attachedTo = 'attachedTo' in element ? element.attachedTo ?? '' : '';
  const ends = element.kind === 'connector' ? `${element.from} ${element.to}` : '';
  return `${element.kind} ${element.z} ${attachedTo} ${ends}`;
}

/**
 * The list's grouping, worked out again only when a change touches what decides it: a drag
 * writes the dragged elements every few frames, and regrouping thousands of elements for
 * each write would cost every one of those frames.
 */
function useBoardList(): BoardList {
  const { store } = useEditor();
  const cache = useRef<{ list: BoardList; groupings: Map<string, string> } | null>(null);
  const subscribe = useCallback((listener: () => void) => store.subscribeAny((changed) => {
    const groupings = cache.current?.groupings;
    if (groupings && changed.every((id) => groupings.get(id) === groupingOf(store.get(id)))) return;
    listener();
  }), [store]);
  const getSnapshot = useCallback(() => {
    const elements = store.getOrder().map((id) => store.get(id)!);
    const groupings = cache.current?.groupings;
    if (groupings && groupings.size === elements.length && elements.every((element) => groupings.get(element.id) === groupingOf(element))) {
      return cache.current!.list;
    }
    const next = listBoard(elements);
    const list = cache.current && sameList(cache.current.list, next) ? cache.current.list : next;
    cache.current = { list, groupings: new Map(elements.map((element) => [element.id, groupingOf(element)])) };
    return list;
  }, [store]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function ListView() {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  // localize is a new function on every render but changes only with the language.
  const words = useMemo(() => ({ t, localize }), [t, language]);
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
    <WordsContext.Provider value={words}>
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
    </WordsContext.Provider>
  );
}

function EntryList({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  const { t } = useWords();
  if (ids.length === 0) return <p className="muted">{t('listView.empty')}</p>;
  return <ul>{children}</ul>;
}

/**
 * The words every entry needs, read once for the whole list: thousands of entries each calling
 * useTranslation would each subscribe to the language and take part in every render of the list.
 */
interface Words {
  t: TFunction;
  localize: (text: Localized) => string;
}
const WordsContext = createContext<Words | null>(null);

function useWords(): Words {
  const words = useContext(WordsContext);
  if (!words) throw new Error('a list entry outside ListView');
  return words;
}

/**
 * What an entry shows, read from the elements it names. Entries show words, not places, so
 * moving an element (a drag writes its place every few frames) re-renders no entry.
 * `describe` must return a string or null.
 */
function useDescription(ids: readonly string[], describe: () => string | null): string | null {
  const { store } = useEditor();
  const key = ids.join(' ');
  const subscribe = useCallback((listener: () => void) => {
    const unsubscribers = key.split(' ').map((id) => store.subscribeElement(id, listener));
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [store, key]);
  return useSyncExternalStore(subscribe, describe);
}

function kindName({ t, localize }: Words, element: BoardElement | undefined): string {
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
  const { store } = useEditor();
  const words = useWords();
  const { t } = words;
  const text = useDescription([entry.id], () => {
    const element = store.get(entry.id);
    return element?.kind === 'actor' ? `${kindName(words, element)}: ${nameOf(element, t('listView.unnamed'))}` : null;
  });
  if (text === null) return null;
  return (
    <li data-kind="actor" data-id={entry.id}>
      <span {...entryProps(focusable, 0)}>{text}</span>
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
  const { store } = useEditor();
  const words = useWords();
  const text = useDescription([id], () => {
    const element = store.get(id);
    return element ? `${kindName(words, element)}: ${nameOf(element, words.t('listView.unnamed'))}` : null;
  });
  if (text === null) return null;
  return <li data-attached={id} {...entryProps(focusable, -1)}>{text}</li>;
});

const Relation = memo(function Relation({ id, actorId, focusable }: { id: string; actorId: string; focusable: boolean }) {
  const { store } = useEditor();
  const { t, localize } = useWords();
  const connector = store.get(id);
  const otherId = connector?.kind === 'connector' ? (connector.from === actorId ? connector.to : connector.from) : '';
  const text = useDescription([id, otherId], () => {
    const current = store.get(id);
    if (current?.kind !== 'connector') return null;
    const outgoing = current.from === actorId;
    const other = store.get(outgoing ? current.to : current.from);
    const relation = localize(relationType(current.relation).name);
    const sentence = t(outgoing ? 'listView.relationTo' : 'listView.relationFrom', { relation, name: nameOf(other, t('listView.unnamed')) });
    return current.label ? `${sentence}: ${current.label}` : sentence;
  });
  if (text === null) return null;
  return <li data-relation={id} {...entryProps(focusable, -1)}>{text}</li>;
});

/**
 * A card, a free text, a zone, a stroke or a loose connector: "Kind: text". Cards and free
 * text become a text field while the list is open on a board this person may edit.
 */
const TextItem = memo(function TextItem({ id, editable, focusable }: { id: string; editable: boolean; focusable: boolean }) {
  const { store } = useEditor();
  const kind = useDescription([id], () => store.get(id)?.kind ?? null);
  const writable = kind === 'enabler' || kind === 'obstacle' || kind === 'note' || kind === 'text';
  if (kind === null) return null;
  return writable && editable ? <EditableItem id={id} /> : <ReadItem id={id} focusable={focusable} />;
});

function EditableItem({ id }: { id: string }) {
  const words = useWords();
  const element = useElement(id);
  if (element?.kind !== 'enabler' && element?.kind !== 'obstacle' && element?.kind !== 'note' && element?.kind !== 'text') return null;
  return (
    <li data-kind={element.kind} data-id={id}>
      <TextField element={element} label={words.t('listView.editCard', { kind: kindName(words, element) })} />
    </li>
  );
}

function ReadItem({ id, focusable }: { id: string; focusable: boolean }) {
  const { store } = useEditor();
  const words = useWords();
  const { t } = words;
  const element = store.get(id);
  const ends = element?.kind === 'connector' ? [element.from, element.to] : [];
  const text = useDescription([id, ...ends], () => {
    const current = store.get(id);
    if (!current) return null;
    const kind = kindName(words, current);
    let text: string;
    switch (current.kind) {
      case 'connector':
        text = [t('kinds.connectorText', { from: nameOf(store.get(current.from), '?'), to: nameOf(store.get(current.to), '?') }), current.label].filter(Boolean).join(': ');
        break;
      case 'stroke':
        text = '';
        break;
      default:
        text = nameOf(current, '');
    }
    return text ? `${kind}: ${text}` : kind;
  });
  if (text === null || !element) return null;
  return (
    <li data-kind={element.kind} data-id={id} {...entryProps(focusable, 0)}>
      {text}
    </li>
  );
}

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
