import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SocketCorks } from './SocketCorks.js';

/** A stream that records each underlying write: one entry per system call a socket would make. */
function recordingStream(): { stream: Writable; writes: string[][] } {
  const writes: string[][] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push([chunk.toString()]);
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.map(({ chunk }) => (chunk as Buffer).toString()));
      done();
    },
  });
  return { stream, writes };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('SocketCorks', () => {
  it('sends everything written in one turn in one write, per socket', async () => {
    const corks = new SocketCorks();
    const a = recordingStream();
    const b = recordingStream();
    for (const frame of ['1', '2', '3']) {
      corks.hold(a.stream);
      a.stream.write(frame);
      corks.hold(b.stream);
      b.stream.write(frame);
    }
    expect(a.writes).toEqual([]);
    await nextTurn();
    expect(a.writes).toEqual([['1', '2', '3']]);
    expect(b.writes).toEqual([['1', '2', '3']]);
  });

  it('starts a fresh batch in the next turn', async () => {
    const corks = new SocketCorks();
    const a = recordingStream();
    corks.hold(a.stream);
    a.stream.write('first');
    await nextTurn();
    corks.hold(a.stream);
    a.stream.write('second');
    corks.hold(a.stream);
    a.stream.write('third');
    await nextTurn();
    expect(a.writes).toEqual([['first'], ['second', 'third']]);
    expect(a.stream.writableCorked).toBe(0);
  });
});
