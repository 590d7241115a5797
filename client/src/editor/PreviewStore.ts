/**
 * What a gesture in progress shows before (or between) writes to the document: positions
 * (and, while resizing, sizes) of elements being changed, a connector being drawn, the actor a
 * card would attach to, the selection rectangle. Local only; cleared when the gesture ends.
 * Placements are keyed so a drag wakes only the dragged elements and what is connected to them.
 */
import type { Point, Rect } from '../board/geometry';
import { ValueStore } from './ValueStore';

type Listener = () => void;

/** Where an element is shown during a gesture; a size only while it is resized. */
export interface Placement extends Point {
  w?: number;
  h?: number;
}

function samePlacement(a: Placement, b: Placement): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

export interface LinkPreview {
  from: string;
  to: Point;
}

/** Something being drawn that is not in the document yet: a pen stroke or a zone's rectangle. */
export type Draft =
  | { kind: 'stroke'; points: readonly number[]; color: string; width: number }
  | { kind: 'zone'; rect: Rect };

export class PreviewStore {
  private readonly positions = new Map<string, Placement>();
  private readonly listeners = new Map<string, Set<Listener>>();
  /** The ids shown at a preview position: a new set only when a gesture starts or ends, not per move. */
  readonly ids = new ValueStore<ReadonlySet<string>>(new Set());
  readonly link = new ValueStore<LinkPreview | null>(null);
  readonly dropTarget = new ValueStore<string | null>(null);
  /** The selection rectangle being drawn, in board coordinates. */
  readonly marquee = new ValueStore<Rect | null>(null);
  /** Board coordinates, absolute (a stroke's points are made relative only when it is written). */
  readonly draft = new ValueStore<Draft | null>(null);

  position(id: string): Placement | undefined {
    return this.positions.get(id);
  }

  setPositions(next: ReadonlyMap<string, Placement>): void {
    const changed: string[] = [];
    for (const [id, point] of next) {
      const previous = this.positions.get(id);
      if (previous && samePlacement(previous, point)) continue;
      this.positions.set(id, point);
      changed.push(id);
    }
    const added = changed.length > 0 && changed.some((id) => !this.ids.get().has(id));
    let removed = false;
    for (const id of this.positions.keys()) {
      if (!next.has(id)) {
        this.positions.delete(id);
        changed.push(id);
        removed = true;
      }
    }
    if (added || removed) this.ids.set(new Set(this.positions.keys()));
    for (const id of changed) this.listeners.get(id)?.forEach((listener) => listener());
  }

  clear(): void {
    this.setPositions(new Map());
    this.link.set(null);
    this.dropTarget.set(null);
    this.marquee.set(null);
    this.draft.set(null);
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
