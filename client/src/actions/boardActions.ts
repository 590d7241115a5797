/**
 * The board's commands. Adding one here gives it a shortcut, a tooltip and a line in the
 * shortcut help; nothing else to edit. Shortcuts follow tldraw and Excalidraw where they
 * have one, so people bring their habits along.
 */
import { bringToFront, sendToBack } from '@samkarta/shared';
import type { Editor } from '../editor/Editor';
import { resetZoom, zoomBy, zoomToFit, ZOOM_STEP } from '../editor/camera';
import { copySelection, cutSelection, paste } from '../editor/clipboardCommands';
import type { Action } from './ActionRegistry';
import { ActionRegistry } from './ActionRegistry';

const hasSelection = (editor: Editor) => editor.selection.get().size > 0;

function writeClipboard(text: string | null): void {
  if (text !== null) void navigator.clipboard.writeText(text);
}

export const boardActions: readonly Action[] = [
  { id: 'select', label: 'tools.select', group: 'tools', keys: ['v'], perform: (editor) => editor.setTool('select') },
  { id: 'hand', label: 'tools.hand', group: 'tools', keys: ['h'], perform: (editor) => editor.setTool('hand') },
  {
    id: 'actor',
    label: 'tools.actor',
    group: 'tools',
    keys: ['a'],
    perform: (editor) => editor.setPaletteOpen(!editor.ui.get().paletteOpen),
  },
  { id: 'enabler', label: 'tools.enabler', group: 'tools', keys: ['f'], perform: (editor) => editor.setTool('enabler') },
  { id: 'obstacle', label: 'tools.obstacle', group: 'tools', keys: ['o'], perform: (editor) => editor.setTool('obstacle') },
  { id: 'note', label: 'tools.note', group: 'tools', keys: ['n'], perform: (editor) => editor.setTool('note') },
  { id: 'connect', label: 'tools.connect', group: 'tools', keys: ['k'], perform: (editor) => editor.setTool('connect') },

  { id: 'undo', label: 'actions.undo', group: 'edit', keys: ['mod+z'], perform: (editor) => editor.history.undo() },
  { id: 'redo', label: 'actions.redo', group: 'edit', keys: ['mod+shift+z', 'mod+y'], perform: (editor) => editor.history.redo() },
  { id: 'selectAll', label: 'actions.selectAll', group: 'edit', keys: ['mod+a'], perform: (editor) => editor.selectAll() },
  {
    id: 'duplicate',
    label: 'actions.duplicate',
    group: 'edit',
    keys: ['mod+d'],
    predicate: hasSelection,
    perform: (editor) => editor.duplicateSelection(),
  },
  {
    id: 'copy',
    label: 'actions.copy',
    group: 'edit',
    keys: ['mod+c'],
    clipboard: 'copy',
    perform: (editor) => writeClipboard(copySelection(editor)),
  },
  {
    id: 'cut',
    label: 'actions.cut',
    group: 'edit',
    keys: ['mod+x'],
    clipboard: 'cut',
    perform: (editor) => writeClipboard(cutSelection(editor)),
  },
  {
    id: 'paste',
    label: 'actions.paste',
    group: 'edit',
    keys: ['mod+v'],
    clipboard: 'paste',
    perform: (editor) => void navigator.clipboard.readText().then((text) => paste(editor, text)),
  },
  {
    id: 'delete',
    label: 'board.delete',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    predicate: hasSelection,
    perform: (editor) => editor.deleteSelection(),
  },

  {
    id: 'bringToFront',
    label: 'actions.bringToFront',
    group: 'arrange',
    keys: [']', 'mod+shift+]'],
    predicate: hasSelection,
    perform: (editor) => bringToFront(editor.doc, editor.selection.get(), editor.origin),
  },
  {
    id: 'sendToBack',
    label: 'actions.sendToBack',
    group: 'arrange',
    keys: ['[', 'mod+shift+['],
    predicate: hasSelection,
    perform: (editor) => sendToBack(editor.doc, editor.selection.get(), editor.origin),
  },

  { id: 'zoomIn', label: 'board.zoomIn', group: 'view', keys: ['mod+='], perform: (editor) => zoomBy(editor, ZOOM_STEP) },
  { id: 'zoomOut', label: 'board.zoomOut', group: 'view', keys: ['mod+-'], perform: (editor) => zoomBy(editor, 1 / ZOOM_STEP) },
  { id: 'zoomToFit', label: 'actions.zoomToFit', group: 'view', keys: ['shift+1'], perform: zoomToFit },
  { id: 'resetZoom', label: 'board.resetZoom', group: 'view', keys: ['shift+0'], perform: resetZoom },
  {
    id: 'help',
    label: 'actions.help',
    group: 'view',
    keys: ['?'],
    perform: (editor) => editor.setHelpOpen(!editor.ui.get().helpOpen),
  },
];

export const boardActionRegistry = new ActionRegistry(boardActions);
