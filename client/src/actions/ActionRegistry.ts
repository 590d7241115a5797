/**
 * Commands with a name, a label and shortcuts, in one registry. The toolbar's tooltips, the
 * keyboard handler and the shortcut help all read shortcuts from here, so a key is defined
 * once, and the registry refuses a second action claiming a shortcut that is already taken.
 */
import type { ParseKeys } from 'i18next';
import type { Editor } from '../editor/Editor';
import { candidateIds, formatShortcut, parseShortcut, shortcutId, type KeyPress } from './shortcut';

/** Where an action is listed in the shortcut help. */
export type ActionGroup = 'tools' | 'edit' | 'arrange' | 'view';

export interface Action {
  readonly id: string;
  readonly label: ParseKeys;
  readonly group: ActionGroup;
  /** Shortcuts as in `shortcut.ts` ("v", "mod+shift+z"); the first is shown in tooltips. */
  readonly keys: readonly string[];
  /**
   * Copy, cut and paste: the key press is left to the browser, whose clipboard event carries
   * the data (`useClipboard`); `perform` serves buttons and menus through the Clipboard API.
   */
  readonly clipboard?: 'copy' | 'cut' | 'paste';
  /** Changes the board: unavailable while the server says this connection is read-only. */
  readonly edits?: boolean;
  /** When false, the key press is left to the browser (e.g. nothing selected to delete). */
  predicate?(editor: Editor): boolean;
  perform(editor: Editor): void;
}

export type { KeyPress };

export class ActionRegistry {
  private readonly byId = new Map<string, Action>();
  private readonly byShortcut = new Map<string, Action>();

  constructor(actions: readonly Action[] = []) {
    actions.forEach((action) => this.register(action));
  }

  register(action: Action): void {
    if (this.byId.has(action.id)) throw new Error(`Action "${action.id}" is registered twice`);
    const ids = action.keys.map((key) => shortcutId(parseShortcut(key)));
    ids.forEach((id, i) => {
      const owner = this.byShortcut.get(id) ?? (ids.indexOf(id) < i ? action : undefined);
      if (owner) throw new Error(`Shortcut "${action.keys[i]}" of "${action.id}" is taken by "${owner.id}"`);
    });
    this.byId.set(action.id, action);
    for (const id of ids) this.byShortcut.set(id, action);
  }

  get(id: string): Action | undefined {
    return this.byId.get(id);
  }

  all(): readonly Action[] {
    return [...this.byId.values()];
  }

  /** The action a key press triggers, if any claims it. */
  forKey(press: KeyPress): Action | undefined {
    for (const id of candidateIds(press)) {
      const action = this.byShortcut.get(id);
      if (action) return action;
    }
    return undefined;
  }

  /** Whether the action may run now: not an edit on a read-only board, and its predicate holds. */
  available(action: Action, editor: Editor): boolean {
    if (action.edits && editor.isReadOnly()) return false;
    return action.predicate?.(editor) ?? true;
  }

  /** The shortcut to show for an action, e.g. "V" or "Ctrl+D". */
  shortcutLabel(id: string, mac = false): string | undefined {
    const key = this.byId.get(id)?.keys[0];
    return key === undefined ? undefined : formatShortcut(key, mac);
  }
}
