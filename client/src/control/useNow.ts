import { useEffect, useState } from 'react';

/** The clock, ticking every `intervalMs` until `until` (epoch ms) has passed; null: no ticking. */
export function useNow(until: number | null, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (until === null) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) clearInterval(timer);
    }, intervalMs);
    return () => clearInterval(timer);
  }, [until, intervalMs]);
  return now;
}
