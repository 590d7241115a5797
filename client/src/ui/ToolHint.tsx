import { actorCategory } from '@samkarta/shared';
import { useTranslation } from 'react-i18next';
import { useUi } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';

/** One line above the tool bar saying what the next click will do. */
export function ToolHint() {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const toolState = useUi((ui) => ui.toolState);
  const category = useUi((ui) => ui.actorCategory);
  const paletteOpen = useUi((ui) => ui.paletteOpen);
  const editing = useUi((ui) => ui.editing !== null);
  if (paletteOpen || editing) return null;
  const [tool] = toolState.split('.');
  const hint =
    toolState === 'connect.armed' ? t('tools.hintConnectFrom')
    : toolState === 'connect.linking' ? t('tools.hintConnectDrag')
    : tool === 'connect' ? t('tools.hintConnect')
    : tool === 'actor' ? t('tools.hintActor', { category: localize(actorCategory(category).name) })
    : tool === 'select' ? t('tools.hintSelect')
    : tool === 'hand' ? t('tools.hintHand')
    : t('tools.hintPlace');
  return <p className="tool-hint" aria-live="polite">{hint}</p>;
}
