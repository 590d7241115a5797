/**
 * The board's side of the browser's copy, cut and paste events. They carry the clipboard
 * data without asking for permission, unlike the Clipboard API. Text fields keep their own
 * clipboard behaviour.
 */
import { useEffect } from 'react';
import { useEditor } from '../editor/EditorContext';
import { copySelection, cutSelection, paste } from '../editor/clipboardCommands';
import { isTextEntry } from './textEntry';

export function useClipboard(): void {
  const editor = useEditor();
  useEffect(() => {
    const onCopyOrCut = (event: ClipboardEvent) => {
      if (isTextEntry(event.target) || !event.clipboardData) return;
      // Cut would delete on a board whose writes the server drops: leave it to the browser.
      if (event.type === 'cut' && editor.isReadOnly()) return;
      editor.history.mark();
      const text = event.type === 'cut' ? cutSelection(editor) : copySelection(editor);
      if (text === null) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTextEntry(event.target) || !event.clipboardData || editor.isReadOnly()) return;
      editor.history.mark();
      if (paste(editor, event.clipboardData.getData('text/plain'))) event.preventDefault();
    };
    window.addEventListener('copy', onCopyOrCut);
    window.addEventListener('cut', onCopyOrCut);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('copy', onCopyOrCut);
      window.removeEventListener('cut', onCopyOrCut);
      window.removeEventListener('paste', onPaste);
    };
  }, [editor]);
}
