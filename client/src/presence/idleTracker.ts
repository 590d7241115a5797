/**
 * Marks us idle for the others after a minute without input, or at once when the tab is
 * hidden, so a facilitator can tell who is still with the group; any input wakes us up.
 */
export const IDLE_AFTER_MS = 60_000;

const inputEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function trackIdle(setIdle: (idle: boolean) => void, target: Window = window, idleAfterMs = IDLE_AFTER_MS): () => void {
  const document = target.document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (document.hidden) {
      setIdle(true);
      return;
    }
    setIdle(false);
    timer = setTimeout(() => setIdle(true), idleAfterMs);
  };
  onInput();
  inputEvents.forEach((type) => target.addEventListener(type, onInput, { passive: true, capture: true }));
  document.addEventListener('visibilitychange', onInput);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    inputEvents.forEach((type) => target.removeEventListener(type, onInput, { capture: true }));
    document.removeEventListener('visibilitychange', onInput);
  };
}
