/**
 * /join and /join/:code: a code (typed from the projector, or in the link) → pick a group →
 * optional name → the group's board, with the participant token in the link's fragment.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ApiError } from '../api/boards';
import { joinWorkshop, type JoinedWorkshop } from '../api/workshops';
import { loadIdentity, saveIdentity } from '../presence/identity';
import { LanguageSwitch } from './LanguageSwitch';

export function JoinPage({ code: initialCode = '' }: { code?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [joined, setJoined] = useState<JoinedWorkshop | null>(null);
  const [room, setRoom] = useState<string | null>(null);
  const [name, setName] = useState(() => loadIdentity(window.localStorage).name);

  const onCode = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await joinWorkshop(code);
    setBusy(false);
    if (result.ok) setJoined(result.value);
    else setError(result.error);
  };

  const onEnter = (event: FormEvent) => {
    event.preventDefault();
    const group = joined?.groups.find((candidate) => candidate.room === room);
    if (!group) return;
    if (name.trim() !== '') {
      const identity = loadIdentity(window.localStorage);
      saveIdentity(window.localStorage, { ...identity, name: name.trim() });
    }
    navigate(group.link);
  };

  return (
    <main className="start-page">
      <header className="start-header">
        <h1>{t('join.heading')}</h1>
        <LanguageSwitch />
      </header>
      <section className="card">
        {joined === null ? (
          <form className="row" onSubmit={onCode}>
            <label className="grow">
              <span className="visually-hidden">{t('join.codeLabel')}</span>
              <input
                data-testid="join-code-input"
                className="join-code-input"
                value={code}
                autoCapitalize="characters"
                autoComplete="off"
                placeholder={t('join.codePlaceholder')}
                onChange={(event) => setCode(event.target.value)}
              />
            </label>
            <button type="submit" className="button primary" data-testid="join-code-submit" disabled={busy}>
              {busy ? t('join.checking') : t('join.next')}
            </button>
          </form>
        ) : (
          <form className="stack" onSubmit={onEnter}>
            <h2>{joined.title}</h2>
            <fieldset>
              <legend>{t('join.pickGroup')}</legend>
              {joined.groups.map((group) => (
                <label key={group.room} className="choice">
                  <input
                    type="radio"
                    name="group"
                    value={group.room}
                    data-testid="join-group"
                    checked={room === group.room}
                    onChange={() => setRoom(group.room)}
                  />
                  {group.name}
                </label>
              ))}
            </fieldset>
            <label>
              {t('join.nameLabel')}
              <input data-testid="join-name-input" value={name} maxLength={60} onChange={(event) => setName(event.target.value)} />
            </label>
            <button type="submit" className="button primary" data-testid="join-enter" disabled={room === null}>
              {t('join.enter')}
            </button>
          </form>
        )}
        {error && <p className="error" role="alert" data-testid="join-code-error">{t(error.key, error.params)}</p>}
      </section>
    </main>
  );
}
