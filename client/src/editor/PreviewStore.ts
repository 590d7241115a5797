/**
 * What a gesture in progress shows before (or between) writes to the document: positions of
 * elements being dragged, a connector being drawn, the actor a card would attach to. Local
 * only; cleared when the gesture ends. Positions are keyed so a drag wakes only the dragged
 * elements and what is connected to them.
 */
import type { Point } from '../board/geometry';
import { ValueStore } from './ValueStore';

type Listener = () => void;

export interface LinkPreview {
  from: string;
  to: Point;
}

export class PreviewStore {
  private readonly positions = new Map<string, Point>();
  private readonly listeners = new Map<string, Set<Listener>>();
  readonly link = new ValueStore<LinkPreview | null>(null);
  readonly dropTarget = new ValueStore<string | null>(null);

  position(id: string): Point | undefined {
    return this.positions.get(id);
  }

  setPositions(next: ReadonlyMap<string, Point>): void {
    const changed: string[] = [];
    for (const [id, point] of next) {
      const previous = this.positions.get(id);
      if (previous && previous.x === point.x && previous.y === point.y) continue;
      this.positions.set(id, point);
      changed.push(id);
    }
    for (const id of this.positions.keys()) {
      if (!next.has(id)) {
        this.positions.delete(id);
        changed.push(id);
      }
    }
    for (const id of changed) this.listeners.get(id)?.forEach((listener) => listener());
  }

  clear(): void {
    this.setPositions(new Map());
    this.link.set(null);
    this.dropTarget.set(null);
  }

  subscribePosition(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }
}
