/**
 * The workshop's documentation, from the wall: the report as a page to read and print (opened
 * in a new tab), and the Markdown, CSV and JSON files to download. Any role of the workshop
 * may read it, so the viewer's wall has it too.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchReport, reportFiles, type ReportFile } from '../api/workshops';
import { download, fileBaseName } from '../export/download';

const labels = {
  'report.html': 'wall.reportFiles.report_html',
  'report.md': 'wall.reportFiles.report_md',
  'notes.csv': 'wall.reportFiles.notes_csv',
  'export.json': 'wall.reportFiles.export_json',
} as const satisfies Record<ReportFile, string>;

export interface ReportMenuProps {
  workshopId: string;
  title: string;
  token: string;
}

export function ReportMenu({ workshopId, title, token }: ReportMenuProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const open = async (file: ReportFile) => {
    // Opened before the fetch, while the click still counts as the person's: a tab opened
    // after an await is blocked as a pop-up.
    const tab = file === 'report.html' ? window.open('', '_blank') : null;
    setBusy(true);
    const blob = await fetchReport(workshopId, token, file, i18n.language === 'en' ? 'en' : 'sv');
    setBusy(false);
    setFailed(blob === null);
    if (blob === null) {
      tab?.close();
      return;
    }
    if (tab !== null) tab.location.href = URL.createObjectURL(blob);
    else download(blob, `${fileBaseName(title)}-${file}`);
  };

  return (
    <section className="report-menu row" aria-label={t('wall.report')}>
      <strong>{t('wall.report')}</strong>
      {reportFiles.map((file) => (
        <button key={file} type="button" className="button" data-testid={`report-${file}`} disabled={busy} onClick={() => void open(file)}>
          {t(labels[file])}
        </button>
      ))}
      {failed && <p className="error" role="alert">{t('wall.reportFailed')}</p>}
    </section>
  );
}
