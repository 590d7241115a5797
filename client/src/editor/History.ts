/**
 * Undo and redo of this person's own edits. A Y.UndoManager over the elements map tracks
 * only transactions with the local origin, so remote edits are never on our stack and undoing
 * never removes another person's work. Steps are cut at gesture boundaries (`mark()`: a
 * press, a shortcut, the start of editing a text) rather than by time, so a slow drag or
 * resize is one step however long it takes, and a text typed in one go is one step.
 */
import { getElementsMap } from '@samkarta/shared';
import * as Y from 'yjs';
import { ValueStore } from './ValueStore';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
}

export class History {
  private readonly manager: Y.UndoManager;
  readonly state = new ValueStore<HistoryState>({ canUndo: false, canRedo: false });

  constructor(doc: Y.Doc, origin: object) {
    this.manager = new Y.UndoManager(getElementsMap(doc), {
      trackedOrigins: new Set([origin]),
      captureTimeout: Number.POSITIVE_INFINITY,
    });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
      this.manager.on(event, this.refresh);
    }
  }

  destroy(): void {
    this.manager.destroy();
  }

  /** Ends the current step: the next local edit starts a new one. */
  mark(): void {
    this.manager.stopCapturing();
  }

  undo(): void {
    this.manager.undo();
  }

  redo(): void {
    this.manager.redo();
  }

  private readonly refresh = (): void => {
    const canUndo = this.manager.canUndo();
    const canRedo = this.manager.canRedo();
    const current = this.state.get();
    if (current.canUndo !== canUndo || current.canRedo !== canRedo) this.state.set({ canUndo, canRedo });
  };
}
