/**
 * "Ny workshop" on the start page: title, groups (a number or names), template; then the
 * facilitator's link, the participants' link and code (big, for the projector) and a QR code.
 */
import { workshopTemplates, type WorkshopTemplate } from '@samkarta/shared';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/boards';
import { createWorkshop, parseGroups, type CreatedWorkshop } from '../api/workshops';

const templateLabels: Record<WorkshopTemplate, 'workshop.templateEmpty'> = { empty: 'workshop.templateEmpty' };

function absolute(path: string): string {
  return new URL(path, window.location.origin).href;
}

export function NewWorkshop() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [groups, setGroups] = useState('3');
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
    const result = await createWorkshop({ title: title.trim(), groups: parsed, template });
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
          {t('workshop.templateLabel')}
          <select data-testid="workshop-template" value={template} onChange={(event) => setTemplate(event.target.value as WorkshopTemplate)}>
            {workshopTemplates.map((name) => (
              <option key={name} value={name}>{t(templateLabels[name])}</option>
            ))}
          </select>
        </label>
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
  const joinUrl = absolute(workshop.links.join);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // A missing QR code only costs the shortcut; the link and the code are shown anyway.
    QRCode.toDataURL(joinUrl, { margin: 1, width: 200 }).then(
      (url) => current && setQr(url),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [joinUrl]);
  return (
    <div className="created" data-testid="workshop-created">
      <p>{t('workshop.created')}</p>
      <p className="join-code" data-testid="workshop-join-code" aria-label={t('workshop.joinCode')}>{workshop.joinCode}</p>
      <p className="muted">{t('workshop.joinCodeHint', { url: absolute('/join') })}</p>
      {qr && <img src={qr} width={200} height={200} alt={t('workshop.qrLabel')} data-testid="workshop-qr" />}
      <LinkField label={t('workshop.joinLink')} value={joinUrl} testId="workshop-join-link" />
      <LinkField label={t('workshop.facilitatorLink')} value={absolute(workshop.links.facilitator)} testId="workshop-facilitator-link" />
      <LinkField label={t('workshop.viewerLink')} value={absolute(workshop.links.viewer)} testId="workshop-viewer-link" />
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
