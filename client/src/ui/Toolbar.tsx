/**
 * The tool bar at the bottom. Labels and shortcut hints come from the action registry, so a
 * tooltip always names the key that really works. On a read-only board the editing tools are
 * disabled (the same test the keyboard applies) and a line above says why. The pen and zone
 * tools open a small popover above the bar with their options (colours, widths; the levels
 * template).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { boardActionRegistry } from '../actions/boardActions';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import type { ToolId } from '../tools/types';
import { ActorPalette } from './ActorPalette';
import { ActorIcon, CardIcon, ConnectIcon, EraserIcon, HandIcon, LaserIcon, PenIcon, SelectIcon, TextIcon, ZoneIcon } from './icons';
import { PenOptions } from './PenOptions';
import { TextOptions } from './TextOptions';
import { ZoneOptions } from './ZoneOptions';

const buttons: readonly { tool: ToolId; icon: ReactNode }[] = [
  { tool: 'select', icon: <SelectIcon /> },
  { tool: 'hand', icon: <HandIcon /> },
  { tool: 'actor', icon: <ActorIcon /> },
  { tool: 'enabler', icon: <CardIcon kind="enabler" /> },
  { tool: 'obstacle', icon: <CardIcon kind="obstacle" /> },
  { tool: 'note', icon: <CardIcon kind="note" /> },
  { tool: 'connect', icon: <ConnectIcon /> },
  { tool: 'pen', icon: <PenIcon /> },
  { tool: 'eraser', icon: <EraserIcon /> },
  { tool: 'text', icon: <TextIcon /> },
  { tool: 'zone', icon: <ZoneIcon /> },
  { tool: 'laser', icon: <LaserIcon /> },
];

export function Toolbar() {
  const editor = useEditor();
  const { t } = useTranslation();
  const tool = useUi((ui) => ui.tool);
  const paletteOpen = useUi((ui) => ui.paletteOpen);
  const readOnly = useUi((ui) => ui.readOnly);
  const button = (id: string, icon: ReactNode, pressed?: boolean) => {
    const action = boardActionRegistry.get(id)!;
    const label = t(action.label);
    const key = boardActionRegistry.shortcutLabel(id);
    return (
      <button
        key={id}
        type="button"
        className="tool-button"
        data-testid={`tool-${id}`}
        aria-pressed={pressed}
        aria-haspopup={id === 'actor' ? 'dialog' : undefined}
        aria-expanded={id === 'actor' ? paletteOpen : undefined}
        disabled={action.edits && readOnly}
        title={key ? t('tools.withShortcut', { label, key }) : label}
        onClick={() => action.perform(editor)}
      >
        {icon}
        <span className="tool-label">{label}</span>
        {key && <kbd className="tool-key">{key}</kbd>}
      </button>
    );
  };
  return (
    <div className="toolbar-dock">
      {paletteOpen && <ActorPalette />}
      {tool === 'pen' && <PenOptions />}
      {tool === 'zone' && <ZoneOptions />}
      <TextOptions />
      {readOnly && <p className="toolbar-readonly" role="status" data-testid="toolbar-readonly">{t('tools.readOnly')}</p>}
      <div className="toolbar" role="toolbar" aria-label={t('tools.label')} data-readonly={readOnly || undefined}>
        {buttons.map(({ tool: id, icon }) =>
          button(id, icon, id === 'actor' ? tool === 'actor' || paletteOpen : tool === id && !paletteOpen),
        )}
      </div>
    </div>
  );
}
