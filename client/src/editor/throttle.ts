/**
 * Calls `fn` at most once per `ms`, with a trailing call so the last request is never lost.
 * `flush` runs a pending call now; `cancel` drops it.
 */
export interface Throttled {
  (): void;
  flush(): void;
  cancel(): void;
}

export function throttle(fn: () => void, ms: number, now: () => number = Date.now): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    last = now();
    fn();
  };
  const call = (() => {
    const wait = last + ms - now();
    if (wait <= 0) run();
    else if (timer === undefined) timer = setTimeout(run, wait);
  }) as Throttled;
  call.flush = () => {
    if (timer !== undefined) run();
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return call;
}
