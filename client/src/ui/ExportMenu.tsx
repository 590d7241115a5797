/**
 * "Exportera": the board (or the selection, if there is one) as PNG or SVG, the whole board
 * as a JSON file, and importing such a file. The image code is loaded on first use. A line
 * under the menu says what is happening: an export of thousands of elements takes a moment,
 * and a refused import says why.
 */
import { readBoardMeta } from '@samkarta/shared';
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnreadableReason } from '../board/clipboard';
import { boardJson, importBoardJson } from '../editor/boardFile';
import { useEditor } from '../editor/EditorContext';
import { useSelection, useUi } from '../editor/hooks';
import { download, fileBaseName } from '../export/download';
import { useLanguage } from '../i18n/setup';
import { useDismiss } from './useDismiss';

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

/** How long "saved" or "imported" stays; an error stays until clicked away. */
const DONE_SHOWN_MS = 8_000;

const refusals: Readonly<Record<UnreadableReason, 'exportMenu.notOurs' | 'exportMenu.newer' | 'exportMenu.empty'>> = {
  notElements: 'exportMenu.notOurs',
  newerVersion: 'exportMenu.newer',
  noElements: 'exportMenu.empty',
};

/** Lets the browser paint the "exporting" line before the work blocks the page. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function ExportMenu() {
  const editor = useEditor();
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const selection = useSelection();
  const readOnly = useUi((ui) => ui.readOnly);
  const [open, setOpen] = useState(false);
  const [transparent, setTransparent] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const { root, onKeyDown } = useDismiss<HTMLDivElement>(open, useCallback(() => setOpen(false), []));
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status?.kind !== 'done') return;
    const handle = setTimeout(() => setStatus(null), DONE_SHOWN_MS);
    return () => clearTimeout(handle);
  }, [status]);

  const baseName = () => fileBaseName(readBoardMeta(editor.doc).title);

  const exportImage = async (format: 'png' | 'svg') => {
    setOpen(false);
    const elements = selection.size > 0 ? editor.selectedWithCards() : editor.store.getOrder().map((id) => editor.store.get(id)!);
    setStatus({ kind: 'busy', text: t('exportMenu.busy', { count: elements.length }) });
    await nextFrame();
    try {
      const image = await import('../export/boardImage');
      const options = { transparent: format === 'png' && transparent, localize };
      const blob = format === 'png'
        ? await image.boardPng(elements, options)
        : new Blob([image.boardSvgText(elements, options)], { type: 'image/svg+xml' });
      download(blob, `${baseName()}.${format}`);
      setStatus({ kind: 'done', text: t('exportMenu.saved', { name: `${baseName()}.${format}` }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('exportMenu.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const exportJson = () => {
    setOpen(false);
    download(new Blob([boardJson(editor)], { type: 'application/json' }), `${baseName()}.json`);
    setStatus({ kind: 'done', text: t('exportMenu.saved', { name: `${baseName()}.json` }) });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus({ kind: 'busy', text: t('exportMenu.importing') });
    const text = await file.text();
    editor.history.mark();
    const result = importBoardJson(editor, text);
    if (!result.ok) setStatus({ kind: 'error', text: t(refusals[result.reason], { name: file.name }) });
    else {
      const imported = t('exportMenu.imported', { count: result.count });
      setStatus({ kind: 'done', text: result.skipped > 0 ? `${imported} ${t('exportMenu.skipped', { count: result.skipped })}` : imported });
    }
  };

  const scope = selection.size > 0 ? t('exportMenu.selection', { count: selection.size }) : t('exportMenu.wholeBoard');
  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="button subtle"
        data-testid="export-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('exportMenu.label')}
      </button>
      {open && (
        <div
          className="export-menu-items"
          role="menu"
          aria-label={t('exportMenu.label')}
          data-testid="export-menu"
          onKeyDown={onKeyDown}
        >
          <p className="export-menu-scope">{scope}</p>
          <button type="button" role="menuitem" data-testid="export-png" onClick={() => void exportImage('png')}>{t('exportMenu.png')}</button>
          <label className="export-menu-option">
            <input type="checkbox" data-testid="export-transparent" checked={transparent} onChange={(event) => setTransparent(event.target.checked)} />
            {t('exportMenu.transparent')}
          </label>
          <button type="button" role="menuitem" data-testid="export-svg" onClick={() => void exportImage('svg')}>{t('exportMenu.svg')}</button>
          <button type="button" role="menuitem" data-testid="export-json" onClick={exportJson}>{t('exportMenu.json')}</button>
          <hr />
          <button
            type="button"
            role="menuitem"
            data-testid="import-json"
            disabled={readOnly}
            onClick={() => {
              setOpen(false);
              fileInput.current?.click();
            }}
          >
            {t('exportMenu.import')}
          </button>
        </div>
      )}
      <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="import-file" onChange={(event) => void onFile(event)} />
      {status && (
        <p
          className="export-status"
          data-testid="export-status"
          data-kind={status.kind}
          role={status.kind === 'error' ? 'alert' : 'status'}
          onClick={() => setStatus(null)}
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
