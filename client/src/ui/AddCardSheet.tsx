/**
 * "Lägg till hinder / framgångsfaktor" for phones: a bottom sheet with a big button for each
 * kind, a text field and "Lägg till". The card lands at a free spot near the middle of the
 * view and is selected, so a participant contributes without aiming at a small canvas. The
 * sheet stays open with the same kind chosen, for the next card. Shown only on narrow
 * screens (styles.css); elsewhere the tool bar does the same job.
 */
import { cardKind, cardSize } from '@samkarta/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { freeSpotNear } from '../board/freeSpot';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import { screenToBoard } from '../editor/viewport';
import { CardIcon } from './icons';

type SheetKind = 'obstacle' | 'enabler';

export function AddCardSheet() {
  const editor = useEditor();
  const { t } = useTranslation();
  const readOnly = useUi((ui) => ui.readOnly);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<SheetKind>('obstacle');
  const [text, setText] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const textId = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (value === '' || readOnly) return;
    const { width, height } = editor.screen.get();
    const centre = screenToBoard(editor.viewport.get(), { x: width / 2, y: height / 2 });
    const spot = freeSpotNear(editor.store, centre, cardSize);
    editor.history.mark();
    editor.select([editor.create({ kind, ...spot, text: value })]);
    setText('');
    setAdded(value);
  };

  if (!open) {
    return (
      <button type="button" className="add-sheet-opener button primary" data-testid="add-sheet-open" disabled={readOnly} onClick={() => setOpen(true)}>
        + {t('addSheet.open')}
      </button>
    );
  }
  return (
    <form className="add-sheet" role="dialog" aria-label={t('addSheet.title')} data-testid="add-sheet" onSubmit={add}>
      <div className="add-sheet-header">
        <h2>{t('addSheet.title')}</h2>
        <button type="button" className="button subtle" data-testid="add-sheet-close" onClick={() => setOpen(false)}>{t('addSheet.close')}</button>
      </div>
      <div className="add-sheet-kinds">
        {(['obstacle', 'enabler'] as const).map((id) => (
          <button
            key={id}
            type="button"
            className="add-sheet-kind"
            data-testid={`add-sheet-${id}`}
            aria-pressed={kind === id}
            style={{ background: cardKind(id).fill, borderColor: kind === id ? cardKind(id).stroke : 'transparent' }}
            onClick={() => setKind(id)}
          >
            <CardIcon kind={id} />
            {t(`addSheet.${id}`)}
          </button>
        ))}
      </div>
      <label htmlFor={textId} className="visually-hidden">{t('addSheet.text')}</label>
      <textarea
        id={textId}
        data-testid="add-sheet-text"
        rows={3}
        value={text}
        placeholder={t('addSheet.placeholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button primary add-sheet-add" data-testid="add-sheet-add" disabled={readOnly || text.trim() === ''}>
        {t('addSheet.add')}
      </button>
      {added !== null && <p role="status" className="add-sheet-added" data-testid="add-sheet-added">{t('addSheet.added', { text: added })}</p>}
    </form>
  );
}
