/**
 * The shortcut help (`?`): generated from the action registry, so it lists exactly the keys
 * that work, grouped as in the menus; below, the pointer gestures that are no actions.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionGroup } from '../actions/ActionRegistry';
import { boardActionRegistry } from '../actions/boardActions';
import { formatShortcut, isMacPlatform } from '../actions/shortcut';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';

const groups: readonly ActionGroup[] = ['tools', 'edit', 'arrange', 'view'];

export function ShortcutHelp() {
  const open = useUi((ui) => ui.helpOpen);
  return open ? <ShortcutHelpDialog /> : null;
}

function ShortcutHelpDialog() {
  const editor = useEditor();
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const mac = isMacPlatform();
  const actions = boardActionRegistry.all();
  const gestures: readonly [string, string][] = [
    [t('help.shiftClickKeys'), t('help.shiftClick')],
    [t('help.dragInEmpty'), t('help.marquee')],
    [t('help.spaceDrag', { hand: boardActionRegistry.shortcutLabel('hand', mac) }), t('help.pan')],
    [t('help.ctrlWheel'), t('help.wheelZoom')],
    [t('help.wheel'), t('help.wheelPan')],
    [t('help.tabKeys'), t('help.nextCard')],
  ];
  return (
    <div className="help-backdrop" onPointerDown={(event) => event.target === event.currentTarget && editor.setHelpOpen(false)}>
      <section className="help" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="shortcut-help">
        <header className="help-header">
          <h2 id="help-title">{t('help.title')}</h2>
          <button ref={close} type="button" className="button subtle" onClick={() => editor.setHelpOpen(false)}>{t('help.close')}</button>
        </header>
        <div className="help-columns">
          {groups.map((group) => (
            <div key={group}>
              <h3>{t(`help.${group}`)}</h3>
              <dl>
                {actions.filter((action) => action.group === group && action.keys.length > 0).map((action) => (
                  <div key={action.id} className="help-row" data-action={action.id}>
                    <dt>{t(action.label)}</dt>
                    <dd>{action.keys.map((key) => <kbd key={key}>{formatShortcut(key, mac)}</kbd>)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
          <div>
            <h3>{t('help.gestures')}</h3>
            <dl>
              {gestures.map(([keys, what]) => (
                <div key={what + keys} className="help-row">
                  <dt>{what}</dt>
                  <dd><kbd>{keys}</kbd></dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      </section>
    </div>
  );
}
