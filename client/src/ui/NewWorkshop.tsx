/**
 * "Ny workshop" on the start page: title, groups (a number or names), discussion questions, a
 * template with what it lays out; then the facilitator's link, the participants' link and code
 * (big, for the projector) and a QR code.
 */
import { boardTemplates, normalizeQuestions, workshopTemplates, type WorkshopTemplate } from '@samkarta/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/boards';
import { createWorkshop, parseGroups, type CreatedWorkshop } from '../api/workshops';
import { useLanguage } from '../i18n/setup';
import { absoluteUrl } from './absoluteUrl';
import { useQrCode } from './useQrCode';

export function NewWorkshop() {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const [title, setTitle] = useState('');
  const [groups, setGroups] = useState('3');
  const [questions, setQuestions] = useState('');
  const [template, setTemplate] = useState<WorkshopTemplate>(workshopTemplates[0]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<CreatedWorkshop | null>(null);

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseGroups(groups);
    if (parsed === null) {
      setError({ key: 'workshop.invalidGroups' });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createWorkshop({ title: title.trim(), groups: parsed, template, questions: normalizeQuestions(questions.split('\n')) });
    setBusy(false);
    if (result.ok) setCreated(result.value);
    else setError(result.error);
  };

  return (
    <section className="card" aria-labelledby="workshop-heading">
      <h2 id="workshop-heading">{t('workshop.heading')}</h2>
      <p className="muted">{t('workshop.intro')}</p>
      <form className="stack" onSubmit={onCreate}>
        <label>
          {t('workshop.titleLabel')}
          <input
            data-testid="workshop-title-input"
            value={title}
            maxLength={200}
            placeholder={t('workshop.titlePlaceholder')}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label>
          {t('workshop.groupsLabel')}
          <textarea
            data-testid="workshop-groups-input"
            value={groups}
            rows={3}
            placeholder={t('workshop.groupsPlaceholder')}
            onChange={(event) => setGroups(event.target.value)}
          />
        </label>
        <label>
          {t('control.questionsLabel')}
          <textarea
            data-testid="workshop-questions-input"
            value={questions}
            rows={2}
            onChange={(event) => setQuestions(event.target.value)}
          />
        </label>
        <fieldset className="template-choices" data-testid="workshop-template">
          <legend>{t('workshop.templateLabel')}</legend>
          {workshopTemplates.map((id) => (
            <label key={id} className="template-choice">
              <input
                type="radio"
                name="workshop-template"
                value={id}
                checked={template === id}
                onChange={() => setTemplate(id)}
              />
              <span>
                <strong>{localize(boardTemplates[id].name)}</strong>
                <span className="muted">{localize(boardTemplates[id].description)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button primary" data-testid="create-workshop" disabled={busy}>
          {busy ? t('workshop.creating') : t('workshop.create')}
        </button>
      </form>
      {error && <p className="error" role="alert" data-testid="workshop-error">{t(error.key, error.params)}</p>}
      {created && <WorkshopCreated workshop={created} />}
    </section>
  );
}

function WorkshopCreated({ workshop }: { workshop: CreatedWorkshop }) {
  const { t } = useTranslation();
  const joinUrl = absoluteUrl(workshop.links.join);
  const qr = useQrCode(joinUrl, 200);
  return (
    <div className="created" data-testid="workshop-created">
      <p>{t('workshop.created')}</p>
      <p className="join-code" data-testid="workshop-join-code" aria-label={t('workshop.joinCode')}>{workshop.joinCode}</p>
      <p className="muted">{t('workshop.joinCodeHint', { url: absoluteUrl('/join') })}</p>
      {qr && <img src={qr} width={200} height={200} alt={t('workshop.qrLabel')} data-testid="workshop-qr" />}
      <LinkField label={t('workshop.joinLink')} value={joinUrl} testId="workshop-join-link" />
      <LinkField label={t('workshop.facilitatorLink')} value={absoluteUrl(workshop.links.facilitator)} testId="workshop-facilitator-link" />
      <LinkField label={t('workshop.viewerLink')} value={absoluteUrl(workshop.links.viewer)} testId="workshop-viewer-link" />
      <a className="button primary" href={workshop.links.facilitator} data-testid="open-workshop">{t('workshop.open')}</a>
    </div>
  );
}

function LinkField({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <label>
      {label}
      <input data-testid={testId} readOnly value={value} onFocus={(event) => event.target.select()} />
    </label>
  );
}
