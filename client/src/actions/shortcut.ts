/**
 * Keyboard shortcuts as written in the action registry: "v", "Delete", "mod+z",
 * "mod+shift+]", "shift+1", "?". `mod` is Ctrl, or Cmd on a Mac; either counts when matching,
 * so a shortcut works on every platform. Matching also tries the physical key (`event.code`),
 * because Shift changes `event.key` ("shift+1" arrives as "!" on most layouts).
 */
export interface KeyPress {
  key: string;
  code?: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface Shortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+');
  const key = parts.pop()!.toLowerCase();
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  for (const modifier of modifiers) {
    if (!['mod', 'shift', 'alt'].includes(modifier)) throw new Error(`Unknown modifier "${modifier}" in "${text}"`);
  }
  if (!key) throw new Error(`Shortcut "${text}" names no key`);
  return { key, mod: modifiers.has('mod'), shift: modifiers.has('shift'), alt: modifiers.has('alt') };
}

/** One string per distinct shortcut, e.g. "mod+shift+z": two actions may not share one. */
export function shortcutId(s: Shortcut): string {
  return `${s.mod ? 'mod+' : ''}${s.shift ? 'shift+' : ''}${s.alt ? 'alt+' : ''}${s.key}`;
}

/** "Digit1" → "1", "KeyZ" → "z", "BracketRight" → "]": the key as printed on a US keyboard. */
const codeKeys: Readonly<Record<string, string>> = {
  BracketLeft: '[',
  BracketRight: ']',
  Slash: '/',
  Minus: '-',
  Equal: '=',
};

function keyOfCode(code: string | undefined): string | null {
  if (!code) return null;
  const match = /^(?:Key|Digit)(.)$/.exec(code);
  if (match) return match[1]!.toLowerCase();
  return codeKeys[code] ?? null;
}

/**
 * The shortcut ids a press may mean, most specific first. A printed symbol that needs Shift
 * on some layouts ("?", "}") also matches a shortcut written without Shift.
 */
export function candidateIds(press: KeyPress): string[] {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  const keys = [key, keyOfCode(press.code)].filter((k): k is string => k !== null);
  const ids = keys.map((k) => shortcutId({ key: k, mod, shift: press.shiftKey, alt: press.altKey }));
  if (press.shiftKey && key.length === 1 && !/[a-z0-9]/.test(key)) {
    ids.push(shortcutId({ key, mod, shift: false, alt: press.altKey }));
  }
  return [...new Set(ids)];
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

const keyNames: Readonly<Record<string, string>> = { delete: 'Del', backspace: '⌫', escape: 'Esc', enter: '↵' };

/** How a shortcut is shown in tooltips and the help: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function formatShortcut(text: string, mac: boolean): string {
  const s = parseShortcut(text);
  const key = keyNames[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  if (mac) return `${s.mod ? '⌘' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${key}`;
  return [s.mod && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}
