/** The button that shows the board as a list and back; its shortcut comes from the registry. */
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../actions/boardActions';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import { ListIcon } from './icons';

export function ListViewToggle() {
  const editor = useEditor();
  const { t } = useTranslation();
  const open = useUi((ui) => ui.listView);
  const label = t('listView.toggle');
  const key = boardActionRegistry.shortcutLabel('listView');
  return (
    <button
      type="button"
      className="button subtle list-view-toggle"
      data-testid="list-view-toggle"
      aria-pressed={open}
      title={key ? t('tools.withShortcut', { label, key }) : label}
      onClick={() => editor.setListView(!open)}
    >
      <ListIcon />
      <span>{label}</span>
    </button>
  );
}
