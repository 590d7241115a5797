import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardConnection } from '../sync/BoardConnection';
import { closeProblem } from '../sync/closeProblem';

/** Connection and save state, always visible top right, with the server's reason when it closed on us. */
export function StatusChips({ connection }: { connection: BoardConnection }) {
  const { t } = useTranslation();
  const { phase, saved, lastClose, access } = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const reason = lastClose ? t('connection.refusedReason', { code: lastClose.code, reason: lastClose.reason }) : undefined;
  const problem = phase !== 'connected' && lastClose ? closeProblem(lastClose.code) : null;
  return (
    <div className="status-chips">
      <span
        className="chip"
        data-testid="connection-status"
        data-state={phase}
        role="status"
        aria-label={`${t('connection.label')}: ${t(`connection.${phase}`)}`}
        title={phase === 'connected' ? undefined : reason}
      >
        <span className="chip-dot" aria-hidden />
        {t(`connection.${phase}`)}
      </span>
      {phase === 'refused' && (
        <button type="button" className="button subtle small" data-testid="reconnect" onClick={() => connection.reconnect()}>
          {t('connection.reconnect')}
        </button>
      )}
      {access !== 'readWrite' && (
        <span className="chip" data-testid="access-status" data-state={access} role="status" title={t('access.readOnlyHint')}>
          {t(`access.${access}`)}
        </span>
      )}
      <span
        className="chip"
        data-testid="saved-status"
        data-state={saved}
        role="status"
        aria-label={`${t('saved.label')}: ${t(`saved.${saved}`)}`}
      >
        {t(`saved.${saved}`)}
      </span>
      {problem !== null && (
        <p className="connection-problem" data-testid="connection-problem" data-problem={problem} role="alert">
          {t(`connection.problem.${problem}`)}
        </p>
      )}
    </div>
  );
}
