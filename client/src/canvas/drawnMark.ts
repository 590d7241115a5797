/**
 * A performance mark for the moment the loaded board is on screen, so DevTools' performance
 * panel (and `npm run bench:render`) can read "time from navigation to first full paint" as
 * the mark's startTime. The order of events it relies on: React commits the synced board, and
 * the commit asks Konva to draw its layers in the next animation frame; a layout effect after
 * the canvas's requests a frame callback after Konva's, so it runs after Konva's draw, and a
 * task posted from it runs once the frame has been painted.
 */
import { useLayoutEffect, useRef } from 'react';

export const BOARD_DRAWN_MARK = 'samkarta:board-drawn';

/**
 * Sets the mark once, after the first commit in which `synced` is true. Call it in a component
 * that comes after the canvas in the tree, so its layout effect runs after the canvas's.
 */
export function useMarkWhenDrawn(synced: boolean): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!synced || marked.current) return;
    marked.current = true;
    markWhenDrawn();
  }, [synced]);
}

function markWhenDrawn(): void {
  queueMicrotask(() =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        performance.mark(BOARD_DRAWN_MARK);
      };
      channel.port2.postMessage(null);
    }),
  );
}
