/**
 * The tool bar at the bottom. Labels and shortcut hints come from the action registry, so a
 * tooltip always names the key that really works.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../actions/boardActions';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import type { ToolId } from '../tools/types';
import { ActorPalette } from './ActorPalette';
import { ActorIcon, CardIcon, ConnectIcon, HandIcon, SelectIcon } from './icons';

const buttons: readonly { tool: ToolId; icon: ReactNode }[] = [
  { tool: 'select', icon: <SelectIcon /> },
  { tool: 'hand', icon: <HandIcon /> },
  { tool: 'actor', icon: <ActorIcon /> },
  { tool: 'enabler', icon: <CardIcon kind="enabler" /> },
  { tool: 'obstacle', icon: <CardIcon kind="obstacle" /> },
  { tool: 'note', icon: <CardIcon kind="note" /> },
  { tool: 'connect', icon: <ConnectIcon /> },
];

export function Toolbar() {
  const editor = useEditor();
  const { t } = useTranslation();
  const tool = useUi((ui) => ui.tool);
  const paletteOpen = useUi((ui) => ui.paletteOpen);
  return (
    <div className="toolbar-dock">
      {paletteOpen && <ActorPalette />}
      <div className="toolbar" role="toolbar" aria-label={t('tools.label')}>
        {buttons.map(({ tool: id, icon }) => {
          const action = boardActionRegistry.get(id)!;
          const label = t(action.label);
          const key = boardActionRegistry.shortcutLabel(id);
          const active = id === 'actor' ? tool === 'actor' || paletteOpen : tool === id && !paletteOpen;
          return (
            <button
              key={id}
              type="button"
              className="tool-button"
              data-testid={`tool-${id}`}
              aria-pressed={active}
              aria-haspopup={id === 'actor' ? 'dialog' : undefined}
              aria-expanded={id === 'actor' ? paletteOpen : undefined}
              title={key ? t('tools.withShortcut', { label, key }) : label}
              onClick={() => action.perform(editor)}
            >
              {icon}
              <span className="tool-label">{label}</span>
              {key && <kbd className="tool-key">{key}</kbd>}
            </button>
          );
        })}
      </div>
    </div>
  );
}
