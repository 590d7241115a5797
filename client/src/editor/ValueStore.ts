/**
 * The smallest external store: one immutable value, replaced as a whole, read by React with
 * `useSyncExternalStore(store.subscribe, store.get)`. Used for local UI state that tools
 * (plain objects, not components) must change.
 */
type Listener = () => void;

export class ValueStore<T> {
  private readonly listeners = new Set<Listener>();

  constructor(private value: T) {}

  get = (): T => this.value;

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    this.listeners.forEach((listener) => listener());
  }

  update(change: (current: T) => T): void {
    this.set(change(this.value));
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
