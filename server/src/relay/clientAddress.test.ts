import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './clientAddress.js';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('ignores X-Forwarded-For without a trusted proxy', () => {
    expect(clientAddress(request('203.0.113.5', '198.51.100.1'), [])).toBe('203.0.113.5');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress(request('203.0.113.5', '198.51.100.1'), ['10.0.0.1'])).toBe('203.0.113.5');
  });

  it('takes the right-most untrusted hop behind trusted proxies', () => {
    // The client wrote 1.2.3.4 itself; the first proxy appended the real peer 198.51.100.1.
    expect(clientAddress(request('::ffff:10.0.0.1', '1.2.3.4, 198.51.100.1, 10.0.0.2'), ['10.0.0.1', '10.0.0.2'])).toBe(
      '198.51.100.1',
    );
  });

  it('falls back to the peer when the header is missing', () => {
    expect(clientAddress(request('10.0.0.1'), ['10.0.0.1'])).toBe('10.0.0.1');
  });
});
