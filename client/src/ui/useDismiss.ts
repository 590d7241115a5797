/**
 * Closing a menu the way menus close: a press anywhere outside it, or Escape inside it (which
 * then goes no further, so it does not also clear the board's selection).
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

export function useDismiss<T extends HTMLElement>(open: boolean, close: () => void): { root: RefObject<T | null>; onKeyDown: (event: KeyboardEvent) => void } {
  const root = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close();
    };
    // Capture: the board's surface takes presses for its tools before they bubble here.
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, close]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  return { root, onKeyDown };
}
