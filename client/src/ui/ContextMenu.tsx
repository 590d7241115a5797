/**
 * The board's context menu, opened by a right click or a long-press: the registry's commands
 * for what is selected (or for the board, on empty space), with their shortcuts, so a
 * touch screen reaches everything the keyboard does. Commands that cannot run now are left
 * out rather than greyed, to keep the menu short on a phone.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../actions/boardActions';
import { isMacPlatform } from '../actions/shortcut';
import type { Point } from '../board/geometry';
import { useEditor } from '../editor/EditorContext';
import { useDismiss } from './useDismiss';

/** The commands offered, in menu order; the registry decides which apply now. */
export const contextMenuActions = ['duplicate', 'copy', 'cut', 'paste', 'delete', 'bringToFront', 'sendToBack', 'selectAll', 'zoomToFit'] as const;

/** Approximate size of the menu, to keep it on screen near the right and bottom edges. */
const MENU_WIDTH = 232;
const ITEM_HEIGHT = 40;

function place(at: Point, screen: { width: number; height: number }, items: number): { left: number; top: number } {
  return {
    left: Math.max(4, Math.min(at.x, screen.width - MENU_WIDTH)),
    top: Math.max(4, Math.min(at.y, screen.height - items * ITEM_HEIGHT - 12)),
  };
}

export function ContextMenu({ at, onClose }: { at: Point; onClose: () => void }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const { root, onKeyDown } = useDismiss<HTMLDivElement>(true, onClose);
  const actions = contextMenuActions
    .map((id) => boardActionRegistry.get(id)!)
    .filter((action) => boardActionRegistry.available(action, editor));

  useEffect(() => {
    root.current?.querySelector('button')?.focus();
  }, [root]);

  return (
    <div
      ref={root}
      className="context-menu"
      role="menu"
      aria-label={t('contextMenu.label')}
      data-testid="context-menu"
      style={place(at, editor.screen.get(), actions.length)}
      // Inside the board's area: keep the board's own pointer handling off the menu.
      onPointerDown={(event) => event.stopPropagation()}
      onPointerUp={(event) => event.stopPropagation()}
      onPointerMove={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onContextMenu={(event) => {
        event.preventDefault();
        event.stopPropagation();
      }}
      onKeyDown={onKeyDown}
    >
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          data-testid={`context-${action.id}`}
          onClick={() => {
            onClose();
            editor.history.mark();
            action.perform(editor);
          }}
        >
          <span>{t(action.label)}</span>
          <kbd>{boardActionRegistry.shortcutLabel(action.id, isMacPlatform())}</kbd>
        </button>
      ))}
    </div>
  );
}
