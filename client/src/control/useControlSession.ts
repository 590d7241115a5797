import type { ControlState } from '@samkarta/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ControlSession } from './ControlSession';

/** The workshop's control document for as long as the component is mounted. */
export function useControlSession(workshopId: string, token: string): ControlSession | null {
  const [session, setSession] = useState<ControlSession | null>(null);
  useEffect(() => {
    const opened = new ControlSession(workshopId, token);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
  }, [workshopId, token]);
  return session;
}

export function useControlState(session: ControlSession): ControlState {
  return useSyncExternalStore(session.state.subscribe, session.state.get);
}
