/**
 * /w/:id#t=<token>: the workshop for its facilitator (join code, the live wall of every
 * group's board and the controls over them) or for a viewer (the wall alone).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/boards';
import { fetchWorkshop, type WorkshopView } from '../api/workshops';
import { tokenFromFragment } from '../sync/boardToken';
import { LanguageSwitch } from './LanguageSwitch';

// The wall brings Yjs and the schema; the join code should not wait for them.
const Wall = lazy(() => import('../facilitator/Wall').then((module) => ({ default: module.Wall })));

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
    <main className="start-page wall-page">
      <header className="start-header">
        <h1>{view?.title || t('workshop.heading')}</h1>
        <LanguageSwitch />
      </header>
      {error && <p className="error" role="alert" data-testid="workshop-page-error">{t(error.key, error.params)}</p>}
      {view?.joinCode && (
        <section className="card">
          <p className="join-code" data-testid="workshop-page-join-code" aria-label={t('workshop.joinCode')}>{view.joinCode}</p>
        </section>
      )}
      {view && token && (
        <Suspense fallback={null}>
          <Wall
            workshop={view}
            token={token}
            facilitator={Boolean(view.joinCode)}
            onChange={(update) => setView((current) => (current === null ? current : update(current)))}
          />
        </Suspense>
      )}
    </main>
  );
}
