/**
 * Fingers on the board. One finger is a pointer like a mouse and goes to the current tool;
 * a second finger turns the touch into a pinch that zooms around the fingers' midpoint and
 * pans with it (the tool's gesture is cancelled, so a pinch never leaves a stray stroke or
 * a half-made drag); a finger held still opens the context menu (long-press, as on phones).
 * Fingers that took part in a pinch or a long-press are ignored until they are lifted, so
 * lifting one finger of a pinch does not start drawing with the other.
 */
import type { Point } from '../board/geometry';
import type { Editor } from './Editor';
import { panBy, zoomAt } from './viewport';

/** How long a finger rests before the context menu opens, as on Android and iOS. */
export const LONG_PRESS_MS = 500;
/** Screen pixels a resting finger may drift and still count as held still. */
export const LONG_PRESS_SLOP = 10;

export interface TouchPointer {
  pointerId: number;
  pointerType: string;
  /** Position on the board's area of the screen. */
  screen: Point;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Pinch {
  centre: Point;
  distance: number;
}

export class TouchGestures {
  private readonly touches = new Map<number, Point>();
  /** Fingers whose events no tool sees until they are lifted. */
  private readonly spent = new Set<number>();
  private pinch: Pinch | null = null;
  private longPress: { pointerId: number; start: Point; handle: unknown } | null = null;

  constructor(
    private readonly editor: Editor,
    private readonly onLongPress: (screen: Point) => void,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Returns true when the gesture takes the event and the tool must not see it. */
  down(event: TouchPointer): boolean {
    if (event.pointerType !== 'touch') return false;
    this.touches.set(event.pointerId, event.screen);
    if (this.touches.size === 1) {
      this.startLongPress(event);
      return false;
    }
    this.stopLongPress();
    for (const id of this.touches.keys()) this.spent.add(id);
    if (this.touches.size === 2) {
      this.editor.tools.cancel();
      this.pinch = this.measure();
    }
    return true;
  }

  move(event: TouchPointer): boolean {
    if (event.pointerType !== 'touch' || !this.touches.has(event.pointerId)) return false;
    this.touches.set(event.pointerId, event.screen);
    if (this.longPress?.pointerId === event.pointerId) {
      const { start } = this.longPress;
      if (Math.hypot(event.screen.x - start.x, event.screen.y - start.y) > LONG_PRESS_SLOP) this.stopLongPress();
    }
    if (this.pinch && this.touches.size >= 2) {
      const next = this.measure();
      const previous = this.pinch;
      this.pinch = next;
      this.editor.viewport.update((v) =>
        zoomAt(panBy(v, next.centre.x - previous.centre.x, next.centre.y - previous.centre.y), next.centre, next.distance / previous.distance),
      );
    }
    return this.spent.has(event.pointerId);
  }

  /** A finger lifted or cancelled. */
  up(event: Pick<TouchPointer, 'pointerId' | 'pointerType'>): boolean {
    if (event.pointerType !== 'touch') return false;
    this.touches.delete(event.pointerId);
    if (this.longPress?.pointerId === event.pointerId) this.stopLongPress();
    if (this.touches.size < 2) this.pinch = null;
    return this.spent.delete(event.pointerId);
  }

  isPinching(): boolean {
    return this.pinch !== null;
  }

  destroy(): void {
    this.stopLongPress();
  }

  private startLongPress(event: TouchPointer): void {
    this.stopLongPress();
    const handle = this.timers.set(() => {
      this.longPress = null;
      this.spent.add(event.pointerId);
      this.editor.tools.cancel();
      this.onLongPress(event.screen);
    }, LONG_PRESS_MS);
    this.longPress = { pointerId: event.pointerId, start: event.screen, handle };
  }

  private stopLongPress(): void {
    if (this.longPress) this.timers.clear(this.longPress.handle);
    this.longPress = null;
  }

  /** Midpoint and spread of the first two fingers; a spread of 0 would divide by zero later. */
  private measure(): Pinch {
    const [a, b] = [...this.touches.values()] as [Point, Point];
    return { centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, distance: Math.max(1, Math.hypot(b.x - a.x, b.y - a.y)) };
  }
}
