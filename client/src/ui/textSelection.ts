/**
 * Keeps a caret in place when the text under it changes from elsewhere (someone else typing
 * in the same card): the change is located by common prefix and suffix, and a caret after it
 * shifts by the change's length.
 */
export interface Selection {
  start: number;
  end: number;
}

export function rebaseSelection(previous: string, next: string, selection: Selection): Selection {
  let prefix = 0;
  const max = Math.min(previous.length, next.length);
  while (prefix < max && previous.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  const changedEnd = previous.length - suffix;
  const delta = next.length - previous.length;
  const move = (index: number) => {
    if (index <= prefix) return index;
    if (index >= changedEnd) return index + delta;
    // Inside the replaced range: go to the end of what replaced it.
    return next.length - suffix;
  };
  return { start: move(selection.start), end: move(selection.end) };
}
