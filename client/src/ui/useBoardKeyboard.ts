/**
 * Board shortcuts on the window, so they work wherever focus is, except while someone types
 * in a field. Tools see a key first (Escape cancels a gesture); then the action registry.
 */
import { useEffect } from 'react';
import { boardActionRegistry } from '../actions/boardActions';
import { useEditor } from '../editor/EditorContext';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type));
}

/** Space on a focused button activates it; it must not turn into panning there. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
}

export function useBoardKeyboard(): void {
  const editor = useEditor();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextEntry(event.target) || event.isComposing) return;
      if (event.key === ' ' && isActivatable(event.target)) return;
      if (event.key === 'Escape' && editor.ui.get().paletteOpen) {
        editor.setPaletteOpen(false);
        return;
      }
      if (editor.tools.onKeyDown(event)) {
        event.preventDefault();
        return;
      }
      const action = boardActionRegistry.forKey(event);
      if (action && !event.repeat) {
        event.preventDefault();
        action.perform(editor);
      }
    };
    const onKeyUp = (event: KeyboardEvent) => editor.tools.onKeyUp(event);
    // Keys released while the window is in the background never arrive: start clean.
    const onBlur = () => {
      editor.tools.onKeyUp({ key: ' ', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false });
      editor.tools.cancel();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [editor]);
}
