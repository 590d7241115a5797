/**
 * Board shortcuts on the window, so they work wherever focus is, except while someone types
 * in a field. Tools see a key first (Escape cancels a gesture); then the action registry.
 * Every press and every shortcut also ends the current undo step, so one gesture or one
 * command is one step.
 */
import { useEffect } from 'react';
import { boardActionRegistry } from '../actions/boardActions';
import { useEditor } from '../editor/EditorContext';
import { isTextEntry } from './textEntry';

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
      if (event.key === 'Escape' && (editor.ui.get().paletteOpen || editor.ui.get().helpOpen)) {
        editor.setPaletteOpen(false);
        editor.setHelpOpen(false);
        return;
      }
      if (editor.tools.onKeyDown(event)) {
        event.preventDefault();
        return;
      }
      const action = boardActionRegistry.forKey(event);
      if (!action || action.clipboard || !boardActionRegistry.available(action, editor)) return;
      event.preventDefault();
      // Held Ctrl+Z repeats like in every editor; a held tool key must not flicker the tool.
      if (event.repeat && action.group !== 'edit') return;
      editor.history.mark();
      action.perform(editor);
    };
    const onPointerDown = (event: PointerEvent) => {
      // A press outside the text being written ends the writing before the step is cut (the
      // textarea's blur comes later), so a free text left empty goes in the step that made it.
      const inEditor = event.target instanceof Element && event.target.closest('.text-editor') !== null;
      if (!inEditor) editor.stopEditing();
      editor.history.mark();
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
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [editor]);
}
