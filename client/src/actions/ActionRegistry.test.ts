import { describe, expect, it } from 'vitest';
import { ActionRegistry } from './ActionRegistry';
import { boardActionRegistry } from './boardActions';

const noop = () => {};
const press = (key: string, extra = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('ActionRegistry', () => {
  it('refuses two actions with the same shortcut or id', () => {
    const registry = new ActionRegistry([{ id: 'select', label: 'tools.select', keys: ['v'], perform: noop }]);
    expect(() => registry.register({ id: 'other', label: 'tools.note', keys: ['V'], perform: noop })).toThrow(/taken by "select"/);
    expect(() => registry.register({ id: 'select', label: 'tools.note', keys: ['x'], perform: noop })).toThrow(/twice/);
  });

  it('finds actions by key, leaving modified presses to the browser', () => {
    expect(boardActionRegistry.forKey(press('K'))?.id).toBe('connect');
    expect(boardActionRegistry.forKey(press('Backspace'))?.id).toBe('delete');
    expect(boardActionRegistry.forKey(press('v', { ctrlKey: true }))).toBeUndefined();
    expect(boardActionRegistry.shortcutLabel('select')).toBe('V');
  });
});
