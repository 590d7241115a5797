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
import { localizeNow } from '../i18n/setup';
import { layOutLevelLanes } from '../tools/Zone/levelLanes';

const hasSelection = (editor: Editor) => editor.selection.get().size > 0;

function writeClipboard(text: string | null): void {
  if (text !== null) void navigator.clipboard.writeText(text);
}

export const boardActions: readonly Action[] = [
  { id: 'select', label: 'tools.select', group: 'tools', keys: ['v'], perform: (editor) => editor.setTool('select') },
  { id: 'hand', label: 'tools.hand', group: 'tools', keys: ['h'], perform: (editor) => editor.setTool('hand') },
  {
    id: 'actor', edits: true,
    label: 'tools.actor',
    group: 'tools',
    keys: ['a'],
    perform: (editor) => editor.setPaletteOpen(!editor.ui.get().paletteOpen),
  },
  { id: 'enabler', edits: true, label: 'tools.enabler', group: 'tools', keys: ['f'], perform: (editor) => editor.setTool('enabler') },
  { id: 'obstacle', edits: true, label: 'tools.obstacle', group: 'tools', keys: ['o'], perform: (editor) => editor.setTool('obstacle') },
  { id: 'note', edits: true, label: 'tools.note', group: 'tools', keys: ['n'], perform: (editor) => editor.setTool('note') },
  { id: 'connect', edits: true, label: 'tools.connect', group: 'tools', keys: ['k'], perform: (editor) => editor.setTool('connect') },
  // P as in Excalidraw's pen; tldraw draws with D, but P is also how "penna" starts.
  { id: 'pen', edits: true, label: 'tools.pen', group: 'tools', keys: ['p'], perform: (editor) => editor.setTool('pen') },
  // E for eraser in both tldraw and Excalidraw.
  { id: 'eraser', edits: true, label: 'tools.eraser', group: 'tools', keys: ['e'], perform: (editor) => editor.setTool('eraser') },
  // tldraw's frame key F is our Framgångsfaktor; Z is free and starts "zon".
  { id: 'zone', edits: true, label: 'tools.zone', group: 'tools', keys: ['z'], perform: (editor) => editor.setTool('zone') },
  // T for text in tldraw and Excalidraw alike.
  { id: 'text', edits: true, label: 'freeText.tool', group: 'tools', keys: ['t'], perform: (editor) => editor.setTool('text') },
  // L as in Excalidraw's laser pointer; it never edits, so read-only participants may point too.
  { id: 'laser', label: 'tools.laser', group: 'tools', keys: ['l'], perform: (editor) => editor.setTool('laser') },
  // No key of its own: a template is laid out once per board, from the zone tool's popover.
  {
    id: 'levels',
    edits: true,
    label: 'actions.levels',
    group: 'tools',
    keys: [],
    perform: (editor) => void layOutLevelLanes(editor, localizeNow),
  },

  { id: 'undo', edits: true, label: 'actions.undo', group: 'edit', keys: ['mod+z'], perform: (editor) => editor.history.undo() },
  { id: 'redo', edits: true, label: 'actions.redo', group: 'edit', keys: ['mod+shift+z', 'mod+y'], perform: (editor) => editor.history.redo() },
  { id: 'selectAll', label: 'actions.selectAll', group: 'edit', keys: ['mod+a'], perform: (editor) => editor.selectAll() },
  {
    id: 'duplicate', edits: true,
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
    id: 'cut', edits: true,
    label: 'actions.cut',
    group: 'edit',
    keys: ['mod+x'],
    clipboard: 'cut',
    perform: (editor) => writeClipboard(cutSelection(editor)),
  },
  {
    id: 'paste', edits: true,
    label: 'actions.paste',
    group: 'edit',
    keys: ['mod+v'],
    clipboard: 'paste',
    perform: (editor) => void navigator.clipboard.readText().then((text) => paste(editor, text)),
  },
  {
    id: 'delete', edits: true,
    label: 'board.delete',
    group: 'edit',
    keys: ['Delete', 'Backspace'],
    predicate: hasSelection,
    perform: (editor) => editor.deleteSelection(),
  },

  {
    id: 'bringToFront', edits: true,
    label: 'actions.bringToFront',
    group: 'arrange',
    keys: [']', 'mod+shift+]'],
    predicate: hasSelection,
    perform: (editor) => bringToFront(editor.doc, editor.selection.get(), editor.origin),
  },
  {
    id: 'sendToBack', edits: true,
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
  // Alt+letter is where Excalidraw keeps its view modes (Alt+Z zen, Alt+R view); Shift+L and
  // Ctrl+Shift+L lock shapes in tldraw and Excalidraw, so the list takes Alt+L.
  {
    id: 'listView',
    label: 'listView.toggle',
    group: 'view',
    keys: ['alt+l'],
    perform: (editor) => editor.setListView(!editor.ui.get().listView),
  },
  {
    id: 'help',
    label: 'actions.help',
    group: 'view',
    keys: ['?'],
    perform: (editor) => editor.setHelpOpen(!editor.ui.get().helpOpen),
  },
];

export const boardActionRegistry = new ActionRegistry(boardActions);
