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
  // On a read-only board the tool bar's read-only line takes the hint's place.
  const readOnly = useUi((ui) => ui.readOnly);
  if (paletteOpen || editing || readOnly) return null;
  const [tool] = toolState.split('.');
  const hint =
    toolState === 'connect.armed' ? t('tools.hintConnectFrom')
    : toolState === 'connect.linking' ? t('tools.hintConnectDrag')
    : tool === 'connect' ? t('tools.hintConnect')
    : tool === 'actor' ? t('tools.hintActor', { category: localize(actorCategory(category).name) })
    : tool === 'select' ? t('tools.hintSelect')
    : tool === 'hand' ? t('tools.hintHand')
    : tool === 'pen' ? t('tools.hintPen')
    : tool === 'eraser' ? t('tools.hintEraser')
    : tool === 'zone' ? t('tools.hintZone')
    : tool === 'laser' ? t('tools.hintLaser')
    : tool === 'text' ? t('freeText.hint')
    : t('tools.hintPlace');
  // Above the pen's and zone's popovers rather than under them.
  const raised = tool === 'pen' || tool === 'zone' || tool === 'text';
  return <p className={raised ? 'tool-hint raised' : 'tool-hint'} aria-live="polite">{hint}</p>;
}
