/**
 * The facilitator's controls over every board at once: lock and unlock (a read-only phase for
 * the plenary), close and reopen (after the workshop: read-only, still readable), a new join code (asked twice: it disconnects everyone on the old code) and a
 * new group.
 */
import { MAX_GROUP_NAME_LENGTH } from '@samkarta/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../api/boards';

export interface WallControlsProps {
  locked: boolean;
  closed: boolean;
  onLock(locked: boolean): Promise<ApiResult<unknown>>;
  onClose(closed: boolean): Promise<ApiResult<unknown>>;
  onRotate(): Promise<ApiResult<unknown>>;
  onAddGroup(name: string): Promise<ApiResult<unknown>>;
}

export function WallControls({ locked, closed, onLock, onClose, onRotate, onAddGroup }: WallControlsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [newGroup, setNewGroup] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  /** One call at a time; its failure is shown until the next call. */
  const run = async (call: () => Promise<ApiResult<unknown>>): Promise<boolean> => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    setError(result.ok ? null : result.error);
    return result.ok;
  };
  const addGroup = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => onAddGroup(newGroup.trim()))) setNewGroup('');
  };

  return (
    <section className="wall-controls card" aria-label={t('wall.controls')}>
      <div className="row">
        <span className="chip" data-testid="wall-lock-state" data-state={locked ? 'locked' : 'open'} role="status">
          {t(locked ? 'wall.lockedState' : 'wall.openState')}
        </span>
        <button type="button" className="button" data-testid="wall-lock" disabled={busy} onClick={() => void run(() => onLock(!locked))}>
          {t(locked ? 'wall.unlock' : 'wall.lock')}
        </button>
        {closed && (
          <span className="chip" data-testid="wall-closed-state" role="status">
            {t('wall.closedState')}
          </span>
        )}
        <button type="button" className="button" data-testid="wall-close" disabled={busy} onClick={() => void run(() => onClose(!closed))}>
          {t(closed ? 'wall.reopen' : 'wall.close')}
        </button>
        {confirmRotate ? (
          <span className="row" role="group" aria-label={t('wall.rotate')}>
            <span>{t('wall.rotateWarning')}</span>
            <button
              type="button"
              className="button primary"
              data-testid="wall-rotate-confirm"
              disabled={busy}
              onClick={() => void run(onRotate).then(() => setConfirmRotate(false))}
            >
              {t('wall.rotateConfirm')}
            </button>
            <button type="button" className="button subtle" onClick={() => setConfirmRotate(false)}>{t('wall.cancel')}</button>
          </span>
        ) : (
          <button type="button" className="button" data-testid="wall-rotate" disabled={busy} onClick={() => setConfirmRotate(true)}>
            {t('wall.rotate')}
          </button>
        )}
      </div>
      <form className="row" onSubmit={(event) => void addGroup(event)}>
        <input
          aria-label={t('wall.groupName')}
          placeholder={t('wall.groupName')}
          data-testid="wall-add-group-input"
          value={newGroup}
          maxLength={MAX_GROUP_NAME_LENGTH}
          required
          onChange={(event) => setNewGroup(event.target.value)}
        />
        <button type="submit" className="button" data-testid="wall-add-group" disabled={busy}>{t('wall.addGroup')}</button>
      </form>
      {error && <p className="error" role="alert" data-testid="wall-error">{t(error.key, error.params)}</p>}
    </section>
  );
}
