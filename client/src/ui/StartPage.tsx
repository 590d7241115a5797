/** The start page: create a map and share its link, or join one from a pasted link or code. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { boardPath, parseBoardRef } from '../api/boardRef';
import { createBoard, type ApiError } from '../api/boards';
import { JOIN_CODE_PATTERN } from '@samkarta/shared';
import { tokenFromFragment, withToken } from '../sync/boardToken';
import { LanguageSwitch } from './LanguageSwitch';
import { NewWorkshop } from './NewWorkshop';

interface Created {
  /** The board's path with its token in the fragment. */
  path: string;
  link: string;
}

export function StartPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [createError, setCreateError] = useState<ApiError | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [joinRef, setJoinRef] = useState('');
  const [joinError, setJoinError] = useState(false);

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setCreateError(null);
    setCopied(null);
    const result = await createBoard(title.trim());
    setBusy(false);
    if (!result.ok) {
      setCreateError(result.error);
      return;
    }
    setCreated({ path: result.value.url, link: new URL(result.value.url, window.location.origin).href });
  };

  const onCopy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  const onJoin = (event: FormEvent) => {
    event.preventDefault();
    const code = joinRef.replace(/\s+/g, '').toUpperCase();
    if (JOIN_CODE_PATTERN.test(code)) {
      navigate(`/join/${code}`);
      return;
    }
    const id = parseBoardRef(joinRef);
    setJoinError(id === null);
    if (!id) return;
    // A pasted board link keeps its token; a bare board id will ask for the whole link.
    const hash = joinRef.includes('#') ? joinRef.slice(joinRef.indexOf('#')) : '';
    const token = tokenFromFragment(hash);
    navigate(token === null ? boardPath(id) : withToken(boardPath(id), token));
  };

  return (
    <main className="start-page">
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="muted">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>

      <section className="card" aria-labelledby="create-heading">
        <h2 id="create-heading">{t('start.createHeading')}</h2>
        <p className="muted">{t('start.createIntro')}</p>
        <form className="row" onSubmit={onCreate}>
          <label className="grow">
            <span className="visually-hidden">{t('start.titleLabel')}</span>
            <input
              data-testid="board-title-input"
              value={title}
              maxLength={200}
              placeholder={t('start.titlePlaceholder')}
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          <button type="submit" className="button primary" data-testid="create-board" disabled={busy}>
            {busy ? t('start.creating') : t('start.create')}
          </button>
        </form>
        {createError && (
          <p className="error" role="alert" data-testid="start-error">{t(createError.key, createError.params)}</p>
        )}
        {created && (
          <div className="created" data-testid="board-created">
            <p>{t('start.created')}</p>
            <div className="row">
              <label className="grow">
                <span className="visually-hidden">{t('start.linkLabel')}</span>
                <input data-testid="board-link" readOnly value={created.link} onFocus={(event) => event.target.select()} />
              </label>
              <button type="button" className="button" data-testid="copy-link" onClick={() => void onCopy()}>
                {copied === 'yes' ? t('start.copied') : t('start.copy')}
              </button>
              <button type="button" className="button primary" data-testid="open-board" onClick={() => navigate(created.path)}>
                {t('start.open')}
              </button>
            </div>
            {copied === 'failed' && <p className="error" role="alert">{t('errors.copyFailed')}</p>}
          </div>
        )}
      </section>

      <NewWorkshop />

      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading">{t('start.joinHeading')}</h2>
        <form className="row" onSubmit={onJoin}>
          <label className="grow">
            <span className="visually-hidden">{t('start.joinLabel')}</span>
            <input
              data-testid="join-input"
              value={joinRef}
              placeholder={t('start.joinPlaceholder')}
              onChange={(event) => {
                setJoinRef(event.target.value);
                setJoinError(false);
              }}
              aria-invalid={joinError || undefined}
            />
          </label>
          <button type="submit" className="button" data-testid="join-button">{t('start.join')}</button>
        </form>
        {joinError && <p className="error" role="alert" data-testid="join-error">{t('errors.invalidBoardRef')}</p>}
      </section>
    </main>
  );
}
