/**
 * Commands with a name, a label and a shortcut, in one registry. The toolbar's tooltips and
 * the keyboard handler both read shortcuts from here, so a key is defined once, and the
 * registry refuses a second action claiming a key that is already taken.
 */
import type { ParseKeys } from 'i18next';
import type { Editor } from '../editor/Editor';

export interface Action {
  readonly id: string;
  readonly label: ParseKeys;
  /** KeyboardEvent.key values, compared case-insensitively; the first is shown in tooltips. */
  readonly keys: readonly string[];
  perform(editor: Editor): void;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export class ActionRegistry {
  private readonly byId = new Map<string, Action>();
  private readonly byKey = new Map<string, Action>();

  constructor(actions: readonly Action[] = []) {
    actions.forEach((action) => this.register(action));
  }

  register(action: Action): void {
    if (this.byId.has(action.id)) throw new Error(`Action "${action.id}" is registered twice`);
    for (const key of action.keys) {
      const owner = this.byKey.get(key.toLowerCase());
      if (owner) throw new Error(`Shortcut "${key}" of "${action.id}" is taken by "${owner.id}"`);
    }
    this.byId.set(action.id, action);
    for (const key of action.keys) this.byKey.set(key.toLowerCase(), action);
  }

  get(id: string): Action | undefined {
    return this.byId.get(id);
  }

  /** The action a key press triggers; presses with Ctrl, Cmd or Alt belong to the browser. */
  forKey(press: KeyPress): Action | undefined {
    if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
    return this.byKey.get(press.key.toLowerCase());
  }

  /** The shortcut to show for an action, e.g. "V". */
  shortcutLabel(id: string): string | undefined {
    const key = this.byId.get(id)?.keys[0];
    return key && key.length === 1 ? key.toUpperCase() : key;
  }
}
