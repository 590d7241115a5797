/**
 * A parsed, ordered view of `doc.getMap('elements')` for React. Each element is parsed once
 * and re-parsed only when a Yjs event touches it; listeners subscribe per id, so moving one
 * actor wakes only the components that read that actor. The ordered id lists change only on
 * structural changes (an element added, removed, or given a new z or kind), so a move never
 * re-renders a layer.
 */
import {
  compareByZ,
  getElementsMap,
  readElement,
  type BoardElement,
  type ElementKind,
} from '@samkarta/shared';
import type * as Y from 'yjs';

/**
 * Drawing groups, back to front. Cards sit above actors so a card dropped on an actor stays
 * visible; free text above cards, as it mostly labels what lies under it.
 */
export const layers = ['back', 'connectors', 'actors', 'cards', 'texts'] as const;
export type Layer = (typeof layers)[number];

export function layerOf(kind: ElementKind): Layer {
  switch (kind) {
    case 'zone':
    case 'stroke':
      return 'back';
    case 'connector':
      return 'connectors';
    case 'actor':
      return 'actors';
    case 'enabler':
    case 'obstacle':
    case 'note':
      return 'cards';
    case 'text':
      return 'texts';
  }
}

type Listener = () => void;
/** Told the ids a batch of changes touched (added, changed or removed). */
type ChangesListener = (changed: readonly string[]) => void;
const emptyIds: readonly string[] = Object.freeze([]);

export class ElementStore {
  private readonly map: Y.Map<Y.Map<unknown>>;
  private readonly elements = new Map<string, BoardElement>();
  /** Ids in the map whose value this version cannot draw (broken, or of a newer schema). */
  private readonly unreadable = new Set<string>();
  private order: readonly string[] = emptyIds;
  private layerIds: Readonly<Record<Layer, readonly string[]>> = {
    back: emptyIds,
    connectors: emptyIds,
    actors: emptyIds,
    cards: emptyIds,
    texts: emptyIds,
  };
  private readonly elementListeners = new Map<string, Set<Listener>>();
  private readonly orderListeners = new Set<Listener>();
  private readonly anyListeners = new Set<ChangesListener>();

  constructor(doc: Y.Doc) {
    this.map = getElementsMap(doc);
    this.apply(new Set(this.map.keys()));
    this.map.observeDeep(this.onEvents);
  }

  destroy(): void {
    this.map.unobserveDeep(this.onEvents);
    this.elementListeners.clear();
    this.orderListeners.clear();
    this.anyListeners.clear();
  }

  get(id: string): BoardElement | undefined {
    return this.elements.get(id);
  }

  /** How many stored elements could not be read, so the page can say so instead of hiding them. */
  getUnreadableCount = (): number => this.unreadable.size;

  /** Every readable element id in drawing order (z, then id). */
  getOrder = (): readonly string[] => this.order;

  getLayer(layer: Layer): readonly string[] {
    return this.layerIds[layer];
  }

  values(): IterableIterator<BoardElement> {
    return this.elements.values();
  }

  subscribeElement(id: string, listener: Listener): () => void {
    let set = this.elementListeners.get(id);
    if (!set) {
      set = new Set();
      this.elementListeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.elementListeners.delete(id);
    };
  }

  /** Called after every batch of changes to any element (for whole-board views such as culling). */
  subscribeAny = (listener: ChangesListener): (() => void) => {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  };

  /** Called when the set of elements or their drawing order changes. */
  subscribeOrder = (listener: Listener): (() => void) => {
    this.orderListeners.add(listener);
    return () => this.orderListeners.delete(listener);
  };

  private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === this.map) {
        for (const key of event.changes.keys.keys()) changed.add(key);
      } else {
        // A nested change (a field of an element, or a character of its Y.Text): the path
        // from the observed map starts with the element's id.
        const id = event.path[0];
        if (typeof id === 'string') changed.add(id);
      }
    }
    this.apply(changed);
  };

  private apply(ids: ReadonlySet<string>): void {
    let structural = false;
    const touched: string[] = [];
    for (const id of ids) {
      const previous = this.elements.get(id);
      const value = this.map.get(id);
      const next = readElement(id, value) ?? undefined;
      if (next === undefined && value !== undefined) {
        if (!this.unreadable.has(id)) structural = true;
        this.unreadable.add(id);
      } else if (this.unreadable.delete(id)) {
        structural = true;
      }
      if (!previous && !next) continue;
      if (next) this.elements.set(id, next);
      else this.elements.delete(id);
      if (!previous || !next || previous.z !== next.z || previous.kind !== next.kind) structural = true;
      touched.push(id);
    }
    if (structural) this.rebuildOrder();
    for (const id of touched) this.elementListeners.get(id)?.forEach((listener) => listener());
    if (structural) this.orderListeners.forEach((listener) => listener());
    if (touched.length > 0) this.anyListeners.forEach((listener) => listener(touched));
  }

  private rebuildOrder(): void {
    const sorted = [...this.elements.values()].sort(compareByZ);
    const byLayer: Record<Layer, string[]> = { back: [], connectors: [], actors: [], cards: [], texts: [] };
    for (const element of sorted) byLayer[layerOf(element.kind)].push(element.id);
    this.order = sorted.map((element) => element.id);
    this.layerIds = byLayer;
  }
}
