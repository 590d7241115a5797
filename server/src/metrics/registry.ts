/**
 * The registry one server exposes on GET /metrics: the relay's metrics plus prom-client's
 * process metrics (CPU, memory, event-loop lag), all on this registry and not the global one.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';

export function createRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
