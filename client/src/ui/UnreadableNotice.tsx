import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';

/**
 * Says how many stored elements could not be drawn. A board that looks emptier than it is
 * while its status says "saved" would be the worst thing it could show.
 */
export function UnreadableNotice() {
  const { store } = useEditor();
  const { t } = useTranslation();
  const count = useSyncExternalStore(store.subscribeOrder, store.getUnreadableCount);
  if (count === 0) return null;
  return (
    <span className="chip warning" data-testid="unreadable-elements" role="status" title={t('board.unreadableHint')}>
      {t('board.unreadable', { count })}
    </span>
  );
}
