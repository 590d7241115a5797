/** The zone tool's popover above the tool bar: the "Nivåer" template, next to the tool that draws single zones. */
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../actions/boardActions';
import { useEditor } from '../editor/EditorContext';
import { LevelsIcon } from './icons';

export function ZoneOptions() {
  const editor = useEditor();
  const { t } = useTranslation();
  const action = boardActionRegistry.get('levels')!;
  return (
    <div className="pen-options" role="group" aria-label={t('tools.zone')} data-testid="zone-options">
      <button type="button" className="button subtle" data-testid="tool-levels" onClick={() => action.perform(editor)}>
        <LevelsIcon />
        {t(action.label)}
      </button>
    </div>
  );
}
