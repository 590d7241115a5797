/**
 * Zoom buttons, bottom right, and a small menu behind the percentage (100 %, fit, in, out)
 * that runs the same registry actions as the shortcuts and shows their keys.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../actions/boardActions';
import { isMacPlatform } from '../actions/shortcut';
import { useEditor } from '../editor/EditorContext';
import { useViewport } from '../editor/hooks';
import { useDismiss } from './useDismiss';

const menuActions = ['zoomIn', 'zoomOut', 'resetZoom', 'zoomToFit'] as const;

export function ZoomControls() {
  const editor = useEditor();
  const { t } = useTranslation();
  const { scale } = useViewport();
  const [open, setOpen] = useState(false);
  const { root, onKeyDown } = useDismiss<HTMLDivElement>(open, useCallback(() => setOpen(false), []));
  const percent = Math.round(scale * 100);
  const run = (id: string) => boardActionRegistry.get(id)!.perform(editor);

  return (
    <div className="zoom-controls" role="group" aria-label={t('board.zoom', { percent })} ref={root}>
      <button type="button" data-testid="zoom-out" aria-label={t('board.zoomOut')} onClick={() => run('zoomOut')}>−</button>
      <button
        type="button"
        data-testid="zoom-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('board.zoomMenu')}
        onClick={() => setOpen(!open)}
      >
        {percent} %
      </button>
      <button type="button" data-testid="zoom-in" aria-label={t('board.zoomIn')} onClick={() => run('zoomIn')}>+</button>
      {open && (
        <div
          className="zoom-menu"
          role="menu"
          aria-label={t('board.zoomMenu')}
          data-testid="zoom-menu"
          onKeyDown={onKeyDown}
        >
          {menuActions.map((id) => {
            const action = boardActionRegistry.get(id)!;
            return (
              <button
                key={id}
                type="button"
                role="menuitem"
                data-testid={`zoom-menu-${id}`}
                onClick={() => {
                  setOpen(false);
                  action.perform(editor);
                }}
              >
                <span>{t(action.label)}</span>
                <kbd>{boardActionRegistry.shortcutLabel(id, isMacPlatform())}</kbd>
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
