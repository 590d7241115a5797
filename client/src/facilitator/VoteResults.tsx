/** A group's dot-voting result on its wall tile: the cards and actors with votes, most first. */
import { rankedByVotes, type BoardElement, type VoteTally } from '@samkarta/shared';
import { useTranslation } from 'react-i18next';
import { elementName } from '../voting/elementName';

/** The tile is small; the top of the list is what the plenary talks about. */
const SHOWN = 5;

export function VoteResults({ tally, elements }: { tally: VoteTally; elements: readonly BoardElement[] }) {
  const { t } = useTranslation();
  const ranked = rankedByVotes(tally.counts).slice(0, SHOWN);
  const byId = new Map(elements.map((element) => [element.id, element]));
  return (
    <section className="wall-votes" aria-label={t('voting.results')}>
      <h4>{t('voting.results')}</h4>
      {ranked.length === 0 ? (
        <p className="muted">{t('voting.noVotes')}</p>
      ) : (
        <ol data-testid="wall-votes">
          {ranked.map(({ id, votes }) => (
            <li key={id} data-testid="wall-vote" data-item={id} data-count={votes}>
              <span className="wall-vote-count">{t('voting.count', { count: votes })}</span>{' '}
              {elementName(byId.get(id)) || t('voting.untitled')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
