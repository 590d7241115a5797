/**
 * An uncontrolled text field kept in step with a shared Y.Text's value. Uncontrolled on
 * purpose: when someone else's typing arrives, the caret is rebased rather than thrown to the
 * end as a controlled field would do. The field writes its own changes with `updateElement`.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { rebaseSelection } from './textSelection';

export function useSyncedText<T extends HTMLTextAreaElement | HTMLInputElement>(value: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === value) return;
    const selection = rebaseSelection(field.value, value, { start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 });
    field.value = value;
    // Moving the caret of a field without focus would pull the page towards it.
    if (document.activeElement === field) field.setSelectionRange(selection.start, selection.end);
  }, [value]);
  return ref;
}
