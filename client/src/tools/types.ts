/** What tools receive: pointer and key events already translated to board coordinates. */
import type { Point } from '../board/geometry';

export interface ToolPointerEvent {
  /** Board coordinates. */
  point: Point;
  /** Screen coordinates relative to the board's container, for thresholds and panning. */
  screen: Point;
  button: number;
  shiftKey: boolean;
}

export interface ToolKeyEvent {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** One state of a tool. Unhandled events are ignored; onKeyDown returns true when it used the key. */
export interface ToolState {
  onEnter?(): void;
  onExit?(): void;
  onPointerDown?(event: ToolPointerEvent): void;
  onPointerMove?(event: ToolPointerEvent): void;
  onPointerUp?(event: ToolPointerEvent): void;
  onDoubleClick?(event: ToolPointerEvent): void;
  onCancel?(): void;
  onKeyDown?(event: ToolKeyEvent): boolean | void;
}

export const toolIds = ['select', 'hand', 'actor', 'enabler', 'obstacle', 'note', 'connect', 'pen', 'eraser', 'zone', 'laser', 'text'] as const;
export type ToolId = (typeof toolIds)[number];

/** Tools that never write (select without moving, pan, point): all a read-only connection may use. */
export const viewingTools: ReadonlySet<ToolId> = new Set(['select', 'hand', 'laser']);

/** Screen pixels a pointer may wander before a press becomes a drag. */
export const DRAG_THRESHOLD = 4;

export function movedBeyondThreshold(a: Point, b: Point): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) > DRAG_THRESHOLD;
}
