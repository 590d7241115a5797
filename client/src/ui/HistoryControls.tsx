import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../actions/boardActions';
import { isMacPlatform } from '../actions/shortcut';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import { RedoIcon, UndoIcon } from './icons';

/** Undo and redo buttons, bottom left: the way back on a touch screen, where there is no Ctrl+Z. */
export function HistoryControls() {
  const editor = useEditor();
  const { t } = useTranslation();
  const { canUndo, canRedo } = useSyncExternalStore(editor.history.state.subscribe, editor.history.state.get);
  const readOnly = useUi((ui) => ui.readOnly);
  const button = (id: 'undo' | 'redo', enabled: boolean, icon: ReactNode) => {
    const action = boardActionRegistry.get(id)!;
    const label = t(action.label);
    const key = boardActionRegistry.shortcutLabel(id, isMacPlatform());
    return (
      <button
        type="button"
        data-testid={id}
        aria-label={label}
        title={t('tools.withShortcut', { label, key })}
        disabled={!enabled || readOnly}
        onClick={() => action.perform(editor)}
      >
        {icon}
      </button>
    );
  };
  return (
    <div className="history-controls" role="group">
      {button('undo', canUndo, <UndoIcon />)}
      {button('redo', canRedo, <RedoIcon />)}
    </div>
  );
}
