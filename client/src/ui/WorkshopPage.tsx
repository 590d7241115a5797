/**
 * /w/:id#t=<token>: the workshop for its facilitator (join code, every group's board with
 * people online) or for a viewer (the boards to watch). The live wall is a later slice.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApiError } from '../api/boards';
import { fetchWorkshop, type WorkshopView } from '../api/workshops';
import { tokenFromFragment, withToken } from '../sync/boardToken';
import { LanguageSwitch } from './LanguageSwitch';

export function WorkshopPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [view, setView] = useState<WorkshopView | null>(null);
  const [error, setError] = useState<ApiError | null>(token === null ? { key: 'workshop.missingToken' } : null);
  useEffect(() => {
    if (token === null) return;
    let current = true;
    void fetchWorkshop(id, token).then((result) => {
      if (!current) return;
      if (result.ok) setView(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [id, token]);

  return (
    <main className="start-page">
      <header className="start-header">
        <h1>{view?.title || t('workshop.heading')}</h1>
        <LanguageSwitch />
      </header>
      {error && <p className="error" role="alert" data-testid="workshop-page-error">{t(error.key, error.params)}</p>}
      {view && token && (
        <section className="card">
          {view.joinCode && (
            <p className="join-code" data-testid="workshop-page-join-code" aria-label={t('workshop.joinCode')}>{view.joinCode}</p>
          )}
          <h2>{t('workshop.groups')}</h2>
          <ul className="group-list">
            {view.groups.map((group) => (
              <li key={group.room} data-testid="workshop-group">
                <Link href={withToken(`/b/${group.room}`, token)} data-testid="workshop-group-link">{group.name}</Link>
                <span className="muted"> · {t('workshop.online', { count: group.online })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
