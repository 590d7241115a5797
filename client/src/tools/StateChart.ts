/**
 * A tool as a small state chart: it names its states, each state handles the events it cares
 * about and moves on with `transition(name, info)`. Gesture data lives in the state's closure,
 * so nothing half-finished leaks into the document or into React.
 */
import type { Editor } from '../editor/Editor';
import type { ToolKeyEvent, ToolPointerEvent, ToolState } from './types';

export interface StateContext<S> {
  editor: Editor;
  chart: StateChart<S>;
}

export type StateFactories<S> = { [K in keyof S]: (ctx: StateContext<S>, info: S[K]) => ToolState };

type InfoArgs<T> = [T] extends [void] ? [] : [T];

export class StateChart<S> {
  private state: ToolState = {};
  private stateName: keyof S;

  constructor(
    readonly id: string,
    private readonly editor: Editor,
    private readonly initial: { [K in keyof S]: S[K] extends void ? K : never }[keyof S],
    private readonly factories: StateFactories<S>,
  ) {
    this.stateName = initial;
  }

  /** The current state's name, e.g. "dragging". */
  get current(): string {
    return String(this.stateName);
  }

  transition<K extends keyof S>(name: K, ...info: InfoArgs<S[K]>): void {
    this.go(name, info[0] as S[K]);
  }

  /** Enters the initial state; also how a shared state (panning) ends without knowing the tool. */
  enter(): void {
    this.go(this.initial, undefined as S[typeof this.initial]);
  }

  private go<K extends keyof S>(name: K, info: S[K]): void {
    this.state.onExit?.();
    this.stateName = name;
    this.state = this.factories[name]({ editor: this.editor, chart: this }, info);
    this.editor.reportToolState(`${this.id}.${String(name)}`);
    this.state.onEnter?.();
  }

  /** Abandons a gesture in progress (its state cleans up) and returns to the initial state. */
  cancel(): void {
    if (this.stateName === this.initial) return;
    this.state.onCancel?.();
    if (this.stateName !== this.initial) this.enter();
  }

  exit(): void {
    this.cancel();
    this.state.onExit?.();
    this.state = {};
  }

  onPointerDown(event: ToolPointerEvent): void {
    this.state.onPointerDown?.(event);
  }

  onPointerMove(event: ToolPointerEvent): void {
    this.state.onPointerMove?.(event);
  }

  onPointerUp(event: ToolPointerEvent): void {
    this.state.onPointerUp?.(event);
  }

  onDoubleClick(event: ToolPointerEvent): void {
    this.state.onDoubleClick?.(event);
  }

  /** True when the key was used. Escape in any but the initial state cancels the gesture. */
  onKeyDown(event: ToolKeyEvent): boolean {
    if (this.state.onKeyDown?.(event)) return true;
    if (event.key === 'Escape' && this.stateName !== this.initial) {
      this.cancel();
      return true;
    }
    return false;
  }
}
