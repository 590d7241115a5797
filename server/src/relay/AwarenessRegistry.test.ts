import { describe, expect, it } from 'vitest';
import { CloseCode, MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION, MAX_AWARENESS_ENTRIES_PER_ROOM } from '@samkarta/shared';
import type { AwarenessOwner } from './AwarenessRegistry.js';
import { AwarenessRegistry } from './AwarenessRegistry.js';
import { ProtocolError } from './ProtocolError.js';

const owner = (): AwarenessOwner => ({ ownedClientIds: new Set() });
const entry = (clientId: number, clock = 1) => ({ clientId, clock, state: '{}' });

function refusal(run: () => unknown): ProtocolError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('AwarenessRegistry bounds', () => {
  it('refuses a connection more client ids than a tab needs, and keeps what it had', () => {
    const registry = new AwarenessRegistry();
    const tab = owner();
    const ids = Array.from({ length: MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION }, (_, i) => entry(i + 1));
    expect(registry.accept(tab, ids)).toHaveLength(ids.length);
    // Renewing owned ids is always fine.
    expect(registry.accept(tab, [entry(1, 2)])).toHaveLength(1);
    const error = refusal(() => registry.accept(tab, [entry(99)]));
    expect(error.code).toBe(CloseCode.awarenessLimit);
    expect(registry.size).toBe(MAX_AWARENESS_CLIENT_IDS_PER_CONNECTION);
  });

  it('refuses the state that would take a room past its bound, whole', () => {
    const registry = new AwarenessRegistry();
    for (let i = 0; i < MAX_AWARENESS_ENTRIES_PER_ROOM; i++) registry.accept(owner(), [entry(i + 1)]);
    const late = owner();
    const error = refusal(() => registry.accept(late, [entry(100_000)]));
    expect(error.code).toBe(CloseCode.awarenessLimit);
    expect(error.message).toMatch(/already shows/);
    expect(registry.size).toBe(MAX_AWARENESS_ENTRIES_PER_ROOM);
    expect(late.ownedClientIds.size).toBe(0);
  });
});
