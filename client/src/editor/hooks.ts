/**
 * React's window onto the editor. Each hook is a narrow `useSyncExternalStore` selector, so a
 * component re-renders only when the one thing it reads changes.
 */
import type { BoardElement } from '@samkarta/shared';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { layers, type Layer } from '../board/ElementStore';
import { liftedIds, visibleIds } from '../board/visibility';
import type { UiState } from './Editor';
import { useEditor } from './EditorContext';
import { screenToBoard, type Viewport } from './viewport';

export function useElement(id: string): BoardElement | undefined {
  const { store } = useEditor();
  const subscribe = useCallback((listener: () => void) => store.subscribeElement(id, listener), [store, id]);
  return useSyncExternalStore(subscribe, () => store.get(id));
}

/** The element as it should be drawn now: its stored fields at the place a drag or resize shows. */
export function useElementView(id: string): BoardElement | undefined {
  const element = useElement(id);
  const { preview } = useEditor();
  const subscribe = useCallback((listener: () => void) => preview.subscribePosition(id, listener), [preview, id]);
  const position = useSyncExternalStore(subscribe, () => preview.position(id));
  return useMemo(() => {
    if (!element || !position) return element;
    const size = position.w !== undefined && position.h !== undefined && 'w' in element ? { w: position.w, h: position.h } : {};
    return { ...element, x: position.x, y: position.y, ...size } as BoardElement;
  }, [element, position]);
}

/** Screen pixels drawn beyond each edge, so elements do not pop in at the border while panning. */
const CULL_MARGIN = 200;

/** `compute` as a snapshot that keeps its identity while the ids stay the same, so React skips re-renders. */
function useStableIds(subscribe: (listener: () => void) => () => void, compute: () => readonly string[]): readonly string[] {
  const cache = useRef<readonly string[]>([]);
  const getSnapshot = () => {
    const next = compute();
    const current = cache.current;
    if (next.length === current.length && next.every((id, i) => id === current[i])) return current;
    cache.current = next;
    return next;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

/**
 * The ids of a layer worth drawing now: on screen, or being dragged, and not lifted by a
 * gesture (see useLiftedIds). Recomputed when the view, the screen, a gesture's set or any
 * element changes; the array stays the same while the visible set does, so a drag or a pan
 * re-renders the layer only when something enters or leaves the view.
 */
export function useVisibleLayerIds(layer: Layer): readonly string[] {
  const { store, viewport, screen, preview } = useEditor();
  const subscribe = useCallback((listener: () => void) => {
    // An element shown at a preview place is drawn (or lifted) wherever the document puts it,
    // so the writes of a drag in progress leave every layer's ids as they are.
    const onElements = (changed: readonly string[]) => {
      if (!changed.every((id) => preview.position(id) !== undefined && store.get(id) !== undefined)) listener();
    };
    const unsubscribers = [store.subscribeAny(onElements), viewport.subscribe(listener), screen.subscribe(listener), preview.ids.subscribe(listener)];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [store, viewport, screen, preview]);
  return useStableIds(subscribe, () => {
    const v = viewport.get();
    const { width, height } = screen.get();
    const topLeft = screenToBoard(v, { x: -CULL_MARGIN, y: -CULL_MARGIN });
    const view = { ...topLeft, w: (width + CULL_MARGIN * 2) / v.scale, h: (height + CULL_MARGIN * 2) / v.scale };
    const visible = visibleIds(store, layer, view, (id) => preview.position(id) !== undefined);
    const lifted = liftedIds(store, preview.ids.get());
    return lifted.size === 0 ? visible : visible.filter((id) => !lifted.has(id));
  });
}

/**
 * What a gesture in progress lifts onto a layer of its own (the elements it moves and the
 * connectors that follow them), in drawing order: connectors first, then as the layers stack.
 * Konva redraws a whole layer when one shape in it changes, so a drag redraws only these.
 */
export function useLiftedIds(): readonly string[] {
  const { store, preview } = useEditor();
  const subscribe = useCallback((listener: () => void) => {
    const unsubscribers = [store.subscribeOrder(listener), preview.ids.subscribe(listener)];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [store, preview]);
  return useStableIds(subscribe, () => {
    const lifted = liftedIds(store, preview.ids.get());
    return lifted.size === 0 ? [] : layers.flatMap((layer) => store.getLayer(layer).filter((id) => lifted.has(id)));
  });
}

/**
 * How much of each element to draw at the current zoom. Shadows cost the most to draw and
 * vanish when zoomed out; below a third, text is too small to read and only shapes remain.
 */
export type Detail = 'full' | 'flat' | 'shapes';

export function useDetail(): Detail {
  const { viewport } = useEditor();
  return useSyncExternalStore(viewport.subscribe, () => {
    const { scale } = viewport.get();
    return scale >= 0.5 ? 'full' : scale >= 0.3 ? 'flat' : 'shapes';
  });
}

export function useElementOrder(): readonly string[] {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribeOrder, store.getOrder);
}

export function useIsSelected(id: string): boolean {
  const { selection } = useEditor();
  return useSyncExternalStore(selection.subscribe, () => selection.get().has(id));
}

export function useSelection(): ReadonlySet<string> {
  const { selection } = useEditor();
  return useSyncExternalStore(selection.subscribe, selection.get);
}

export function useIsDropTarget(id: string): boolean {
  const { preview } = useEditor();
  return useSyncExternalStore(preview.dropTarget.subscribe, () => preview.dropTarget.get() === id);
}

/** `select` must return a primitive or a value kept in the UI state, or React loops. */
export function useUi<T>(select: (ui: UiState) => T): T {
  const { ui } = useEditor();
  return useSyncExternalStore(ui.subscribe, () => select(ui.get()));
}

export function useIsEditing(id: string): boolean {
  return useUi((ui) => ui.editing?.id === id);
}

export function useViewport(): Viewport {
  const { viewport } = useEditor();
  return useSyncExternalStore(viewport.subscribe, viewport.get);
}
