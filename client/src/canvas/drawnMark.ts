/**
 * A performance mark for the moment the loaded board is on screen, so DevTools' performance
 * panel (and `npm run bench:render`) can read "time from navigation to first full paint" as
 * the mark's startTime. The order of events it relies on: the document arrives and React
 * commits it in a microtask; the commit asks Konva to draw its layers in the next animation
 * frame; a frame callback requested after that commit runs after Konva's draw, and a task
 * posted from it runs once the frame has been painted.
 */
export const BOARD_DRAWN_MARK = 'samkarta:board-drawn';

/** Call once the board's content has arrived (synced). */
export function markWhenDrawn(): void {
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
