/**
 * Dot voting on the board page: a vote chip on every card and actor in view (its dots and
 * count for everyone; + and − for a person who may vote) and a line saying how many votes
 * this person has left. The chips are HTML laid over the board (beside its surface, so a
 * press on them never reaches the tools), moved with the view: real buttons for the keyboard
 * and screen readers, while the canvas stays input-free.
 * Nothing shows on a board where no round was ever started.
 */
import { memo, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';
import { useDetail, useElementView, useUi, useViewport, useVisibleLayerIds } from '../editor/hooks';
import { loadUserId } from '../presence/userId';
import { elementName } from './elementName';
import { VotingStore } from './VotingStore';

/** More dots than this would not fit the chip; the number still says how many. */
const MAX_DOTS = 5;

export function VotingLayer() {
  const editor = useEditor();
  const [store, setStore] = useState<VotingStore | null>(null);
  useEffect(() => {
    const opened = new VotingStore(editor, loadUserId(window.localStorage));
    setStore(opened);
    return () => opened.destroy();
  }, [editor]);
  return store ? <VotingViews store={store} /> : null;
}

function VotingViews({ store }: { store: VotingStore }) {
  const started = useSyncExternalStore(store.subscribe, () => store.getSnapshot().round !== null);
  if (!started) return null;
  return (
    <>
      <VoteChips store={store} />
      <VotingStatus store={store} />
    </>
  );
}

function VoteChips({ store }: { store: VotingStore }) {
  const viewport = useViewport();
  const detail = useDetail();
  const actors = useVisibleLayerIds('actors');
  const cards = useVisibleLayerIds('cards');
  // Below a third of full size the canvas drops text, and so do we.
  if (detail === 'shapes') return null;
  return (
    <div className="vote-layer">
      <div
        className="vote-layer-plane"
        style={{ transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.scale})` }}
      >
        {[...actors, ...cards].map((id) => <VoteChip key={id} id={id} store={store} />)}
      </div>
    </div>
  );
}

/** Memoised: the plane re-renders on every frame of a pan, the chips only when their own count does. */
const VoteChip = memo(function VoteChip({ id, store }: { id: string; store: VotingStore }) {
  const { t } = useTranslation();
  const element = useElementView(id);
  const readOnly = useUi((ui) => ui.readOnly);
  const count = useSyncExternalStore(store.subscribe, () => store.getSnapshot().tally.counts.get(id) ?? 0);
  const mine = useSyncExternalStore(store.subscribe, () => store.getSnapshot().tally.byVoter.get(store.voter)?.get(id) ?? 0);
  const remaining = useSyncExternalStore(store.subscribe, () => store.getSnapshot().remaining);
  const open = useSyncExternalStore(store.subscribe, () => store.getSnapshot().round?.open === true);
  if (!element || !('w' in element) || !('h' in element)) return null;
  const voting = open && !readOnly;
  if (!voting && count === 0) return null;
  const name = elementName(element) || t('voting.untitled');
  return (
    <div
      className="vote-chip"
      data-testid="vote-chip"
      data-item={id}
      style={{ left: element.x + element.w, top: element.y }}
    >
      {voting && <VoteButton testId="vote-remove" label={t('voting.remove', { name })} disabled={mine === 0} onClick={() => store.unvote(id)} sign="−" />}
      <span className="vote-count" data-testid="vote-count" data-count={count} aria-label={t('voting.count', { count })} role="status">
        {Array.from({ length: Math.min(count, MAX_DOTS) }, (_, i) => (
          <span key={i} className={i < mine ? 'vote-dot mine' : 'vote-dot'} aria-hidden />
        ))}
        <span aria-hidden>{count}</span>
      </span>
      {voting && <VoteButton testId="vote-add" label={t('voting.add', { name })} disabled={remaining <= 0} onClick={() => store.vote(id)} sign="+" />}
    </div>
  );
});

interface VoteButtonProps {
  testId: string;
  label: string;
  disabled: boolean;
  sign: string;
  onClick(): void;
}

function VoteButton({ testId, label, disabled, sign, onClick }: VoteButtonProps) {
  return (
    <button type="button" className="vote-button" data-testid={testId} aria-label={label} disabled={disabled} onClick={onClick}>
      {sign}
    </button>
  );
}

function VotingStatus({ store }: { store: VotingStore }) {
  const { t } = useTranslation();
  const readOnly = useUi((ui) => ui.readOnly);
  const open = useSyncExternalStore(store.subscribe, () => store.getSnapshot().round?.open === true);
  const total = useSyncExternalStore(store.subscribe, () => store.getSnapshot().round?.votesPerPerson ?? 0);
  const remaining = useSyncExternalStore(store.subscribe, () => store.getSnapshot().remaining);
  if (!open) {
    return <p className="voting-status panel" data-testid="voting-status" data-state="ended" role="status">{t('voting.ended')}</p>;
  }
  const detail = readOnly ? t('voting.readOnly') : remaining > 0 ? t('voting.hint') : t('voting.noneLeft');
  return (
    <div className="voting-status panel" data-testid="voting-status" data-state={readOnly ? 'readOnly' : 'open'} role="status">
      <strong>{t('voting.running')}</strong>
      {!readOnly && (
        <span className="chip" data-testid="voting-remaining" data-count={remaining}>
          {t('voting.remaining', { count: remaining, total })}
        </span>
      )}
      <span className="muted">{detail}</span>
    </div>
  );
}
