/**
 * Sends made in one event-loop turn leave in one write per socket. Without it every frame to
 * every peer is its own writev system call, the largest single cost of a busy relay: a room of
 * nine fans each update out eight times, and a journal commit releases many updates at once.
 * A socket is corked at its first send of the turn and uncorked in the check phase right
 * after the turn's I/O, so batching adds no timer delay.
 */
import type { Writable } from 'node:stream';

export class SocketCorks {
  private readonly corked = new Set<Writable>();
  private scheduled = false;

  /** Holds the socket's writes until the end of this turn; a no-op when already held. */
  hold(socket: Writable): void {
    if (this.corked.has(socket)) return;
    socket.cork();
    this.corked.add(socket);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.release);
    }
  }

  private readonly release = (): void => {
    this.scheduled = false;
    // Uncorking writes synchronously; a send that runs meanwhile must see a fresh batch.
    const sockets = [...this.corked];
    this.corked.clear();
    for (const socket of sockets) socket.uncork();
  };
}
