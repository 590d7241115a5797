import { describe, expect, it } from 'vitest';
import { ActionRegistry } from './ActionRegistry';
import { boardActionRegistry } from './boardActions';
import { formatShortcut } from './shortcut';

const noop = () => {};
const press = (key: string, extra: { code?: string; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) =>
  ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('ActionRegistry', () => {
  it('refuses two actions with the same shortcut or id, however the shortcut is spelled', () => {
    const registry = new ActionRegistry([{ id: 'undo', label: 'actions.undo', group: 'edit', keys: ['mod+z'], perform: noop }]);
    expect(() => registry.register({ id: 'other', label: 'tools.note', group: 'tools', keys: ['Mod+Z'], perform: noop })).toThrow(/taken by "undo"/);
    expect(() => registry.register({ id: 'undo', label: 'tools.note', group: 'tools', keys: ['x'], perform: noop })).toThrow(/twice/);
    expect(() => registry.register({ id: 'twice', label: 'tools.note', group: 'tools', keys: ['y', 'Y'], perform: noop })).toThrow(/taken by "twice"/);
    // Same key, other modifiers: a different shortcut.
    expect(() => registry.register({ id: 'plainZ', label: 'tools.note', group: 'tools', keys: ['z'], perform: noop })).not.toThrow();
  });

  it('every board action has a distinct shortcut, and H is the hand tool', () => {
    const ids = boardActionRegistry.all().map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['hand', 'undo', 'redo', 'duplicate', 'selectAll', 'bringToFront', 'sendToBack', 'zoomToFit', 'resetZoom', 'help']));
    expect(boardActionRegistry.forKey(press('h'))?.id).toBe('hand');
    expect(boardActionRegistry.forKey(press('o'))?.id).toBe('obstacle');
    expect(['p', 'e', 'z'].map((key) => boardActionRegistry.forKey(press(key))?.id)).toEqual(['pen', 'eraser', 'zone']);
    // Plain Z is the zone tool; with Ctrl it stays undo.
    expect(boardActionRegistry.forKey(press('z', { ctrlKey: true }))?.id).toBe('undo');
  });

  it('matches Ctrl or Cmd, Shift by the physical key, and symbols typed with Shift', () => {
    const find = (key: string, extra = {}) => boardActionRegistry.forKey(press(key, extra))?.id;
    expect(find('K')).toBe('connect');
    expect(find('Backspace')).toBe('delete');
    expect(find('z', { ctrlKey: true })).toBe('undo');
    expect(find('z', { metaKey: true })).toBe('undo');
    expect(find('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(find('y', { ctrlKey: true })).toBe('redo');
    expect(find('d', { metaKey: true })).toBe('duplicate');
    expect(find('!', { shiftKey: true, code: 'Digit1' })).toBe('zoomToFit');
    expect(find('=', { shiftKey: true, code: 'Digit0' })).toBe('resetZoom');
    expect(find('}', { ctrlKey: true, shiftKey: true, code: 'BracketRight' })).toBe('bringToFront');
    expect(find('[', { code: 'BracketLeft' })).toBe('sendToBack');
    expect(find('?', { shiftKey: true, code: 'Slash' })).toBe('help');
    // A shortcut without Ctrl does not fire with it: Ctrl+K stays the browser's.
    expect(find('k', { ctrlKey: true })).toBeUndefined();
    // Ctrl+V is paste, left to the browser's clipboard event, not the V tool.
    expect(boardActionRegistry.forKey(press('v', { ctrlKey: true }))?.clipboard).toBe('paste');
    expect(find('1')).toBeUndefined();
  });

  it('formats shortcuts for the platform', () => {
    expect(boardActionRegistry.shortcutLabel('select')).toBe('V');
    expect(formatShortcut('mod+shift+z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('mod+shift+z', true)).toBe('⌘⇧Z');
    expect(formatShortcut('Delete', false)).toBe('Del');
  });
});
