/** The board's commands. Adding one here gives it a shortcut and a tooltip; nothing else to edit. */
import type { Action } from './ActionRegistry';
import { ActionRegistry } from './ActionRegistry';

export const boardActions: readonly Action[] = [
  { id: 'select', label: 'tools.select', keys: ['v'], perform: (editor) => editor.setTool('select') },
  {
    id: 'actor',
    label: 'tools.actor',
    keys: ['a'],
    perform: (editor) => editor.setPaletteOpen(!editor.ui.get().paletteOpen),
  },
  { id: 'enabler', label: 'tools.enabler', keys: ['f'], perform: (editor) => editor.setTool('enabler') },
  { id: 'obstacle', label: 'tools.obstacle', keys: ['h'], perform: (editor) => editor.setTool('obstacle') },
  { id: 'note', label: 'tools.note', keys: ['n'], perform: (editor) => editor.setTool('note') },
  { id: 'connect', label: 'tools.connect', keys: ['k'], perform: (editor) => editor.setTool('connect') },
  { id: 'delete', label: 'board.delete', keys: ['Delete', 'Backspace'], perform: (editor) => editor.deleteSelection() },
];

export const boardActionRegistry = new ActionRegistry(boardActions);
