/**
 * A group's name on the wall, a link to its board; the facilitator can rename it in place
 * during the workshop.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_GROUP_NAME_LENGTH } from '@samkarta/shared';
import { Link } from 'wouter';
import type { ApiError } from '../api/boards';

export interface GroupNameProps {
  name: string;
  href: string;
  onRename?: ((name: string) => Promise<ApiError | null>) | undefined;
}

export function GroupName({ name, href, onRename }: GroupNameProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (draft === null || onRename === undefined) {
    return (
      <h3 className="wall-group-name">
        <Link href={href} data-testid="workshop-group-link">{name}</Link>
        {onRename && (
          <button type="button" className="button subtle small" data-testid="wall-rename" onClick={() => setDraft(name)}>
            {t('wall.rename')}
          </button>
        )}
      </h3>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await onRename(draft.trim());
    setError(failure);
    if (failure === null) setDraft(null);
  };
  return (
    <form className="row" onSubmit={(event) => void submit(event)}>
      <input
        aria-label={t('wall.groupName')}
        data-testid="wall-rename-input"
        value={draft}
        maxLength={MAX_GROUP_NAME_LENGTH}
        required
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="button small" data-testid="wall-rename-save">{t('wall.save')}</button>
      <button type="button" className="button subtle small" onClick={() => setDraft(null)}>{t('wall.cancel')}</button>
      {error && <p className="error" role="alert">{t(error.key, error.params)}</p>}
    </form>
  );
}
