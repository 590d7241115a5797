import { setBoardTitle } from '@samkarta/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardMeta } from '../board/useBoardMeta';
import { useEditor } from '../editor/EditorContext';

const MAX_TITLE = 200;

/**
 * The board's title, editable in place. The title is a plain value in the meta map (last
 * writer wins), so it is written once when editing ends rather than per keystroke.
 */
export function BoardTitle() {
  const editor = useEditor();
  const { t } = useTranslation();
  const { title } = useBoardMeta(editor.doc);
  const [draft, setDraft] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${title || t('board.untitled')} · ${t('app.name')}`;
  }, [title, t]);

  const commit = () => {
    if (draft !== null && draft.trim() !== title) setBoardTitle(editor.doc, draft.trim(), editor.origin);
    setDraft(null);
  };
  return (
    <input
      className="board-title"
      data-testid="board-title"
      aria-label={t('board.titleLabel')}
      placeholder={t('board.untitled')}
      maxLength={MAX_TITLE}
      value={draft ?? title}
      onFocus={() => setDraft(title)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(title);
          // Let the draft reset render before blur commits it.
          queueMicrotask(() => (event.target as HTMLInputElement).blur());
        }
      }}
    />
  );
}
