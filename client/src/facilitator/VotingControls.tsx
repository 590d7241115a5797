/**
 * The facilitator's dot-voting control on the wall: start a round with N votes per person on
 * every group's board at once (one round id for all, so a later combined count can tell the
 * rounds apart), and end it. Results stay on each group's tile.
 */
import { DEFAULT_VOTES_PER_PERSON, MAX_VOTES_PER_PERSON, newElementId } from '@samkarta/shared';
import { useCallback, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WallBoard } from './WallBoard';

/** Votes per person of the round open on any board, or 0 when none is. */
function openRoundVotes(boards: ReadonlyMap<string, WallBoard>): number {
  for (const board of boards.values()) {
    const round = board.getSnapshot().voting?.round;
    if (round?.open) return round.votesPerPerson;
  }
  return 0;
}

export function VotingControls({ boards }: { boards: ReadonlyMap<string, WallBoard> }) {
  const { t } = useTranslation();
  const [votesPerPerson, setVotesPerPerson] = useState(DEFAULT_VOTES_PER_PERSON);
  const subscribe = useCallback((listener: () => void) => {
    const unsubscribers = [...boards.values()].map((board) => board.subscribe(listener));
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [boards]);
  const running = useSyncExternalStore(subscribe, () => openRoundVotes(boards));

  const start = (event: FormEvent) => {
    event.preventDefault();
    const round = { id: newElementId(), votesPerPerson, startedAt: Date.now() };
    for (const board of boards.values()) board.startVoting(round);
  };
  const end = () => {
    const endedAt = Date.now();
    for (const board of boards.values()) board.endVoting(endedAt);
  };

  return (
    <section className="wall-controls card" aria-label={t('voting.label')}>
      {running > 0 ? (
        <div className="row">
          <span className="chip" data-testid="wall-voting-state" data-state="open" role="status">
            {t('voting.runningOnWall', { count: running })}
          </span>
          <button type="button" className="button" data-testid="wall-voting-end" onClick={end}>{t('voting.end')}</button>
        </div>
      ) : (
        <form className="row" onSubmit={start}>
          <label className="row">
            {t('voting.votesPerPerson')}
            <input
              type="number"
              className="wall-votes-input"
              data-testid="wall-voting-votes"
              min={1}
              max={MAX_VOTES_PER_PERSON}
              required
              value={votesPerPerson}
              onChange={(event) => setVotesPerPerson(Number(event.target.value))}
            />
          </label>
          <button type="submit" className="button" data-testid="wall-voting-start">{t('voting.start')}</button>
        </form>
      )}
    </section>
  );
}
