/**
 * Routes input to the active tool. Panning is an overlay: while space is held, or with the
 * middle button, a press goes to the Pan tool whatever tool is active, and the active tool
 * keeps its state.
 */
import type { Editor } from '../editor/Editor';
import { createConnectTool } from './Connect/ConnectTool';
import { createEraserTool } from './Eraser/EraserTool';
import { createLaserTool } from './Laser/LaserTool';
import { createPanTool } from './Pan/PanTool';
import { createPenTool } from './Pen/PenTool';
import { createPlaceTool } from './Place/PlaceTool';
import { createSelectTool } from './Select/SelectTool';
import { createTextTool } from './Text/TextTool';
import { createZoneTool } from './Zone/ZoneTool';
import type { ToolId, ToolKeyEvent, ToolPointerEvent } from './types';

interface Tool {
  readonly id: string;
  readonly current: string;
  enter(): void;
  exit(): void;
  cancel(): void;
  onPointerDown(event: ToolPointerEvent): void;
  onPointerMove(event: ToolPointerEvent): void;
  onPointerUp(event: ToolPointerEvent): void;
  onDoubleClick(event: ToolPointerEvent): void;
  onKeyDown(event: ToolKeyEvent): boolean;
}

const MIDDLE_BUTTON = 1;

export class ToolManager {
  private readonly tools: Readonly<Record<ToolId, Tool>>;
  private readonly pan: Tool;
  private active: Tool;
  private spaceHeld = false;
  private panGesture = false;

  constructor(private readonly editor: Editor) {
    this.tools = {
      select: createSelectTool(editor),
      hand: createPanTool(editor, 'hand'),
      actor: createPlaceTool(editor, 'actor'),
      enabler: createPlaceTool(editor, 'enabler'),
      obstacle: createPlaceTool(editor, 'obstacle'),
      note: createPlaceTool(editor, 'note'),
      connect: createConnectTool(editor),
      pen: createPenTool(editor),
      eraser: createEraserTool(editor),
      zone: createZoneTool(editor),
      laser: createLaserTool(editor),
      text: createTextTool(editor),
    };
    this.pan = createPanTool(editor, 'pan');
    this.pan.enter();
    this.active = this.tools.select;
    this.active.enter();
  }

  /** "select.dragging" and the like: which tool, in which state. */
  get state(): string {
    return this.panGesture ? `pan.${this.pan.current}` : `${this.active.id}.${this.active.current}`;
  }

  setTool(id: ToolId): void {
    const next = this.tools[id];
    if (next === this.active) return;
    this.active.exit();
    this.active = next;
    this.active.enter();
  }

  onPointerDown(event: ToolPointerEvent): void {
    if (this.spaceHeld || event.button === MIDDLE_BUTTON) {
      this.panGesture = true;
      this.pan.onPointerDown(event);
      return;
    }
    this.active.onPointerDown(event);
  }

  onPointerMove(event: ToolPointerEvent): void {
    if (this.panGesture) this.pan.onPointerMove(event);
    else this.active.onPointerMove(event);
  }

  onPointerUp(event: ToolPointerEvent): void {
    if (this.panGesture) {
      this.pan.onPointerUp(event);
      this.panGesture = false;
      return;
    }
    this.active.onPointerUp(event);
  }

  onDoubleClick(event: ToolPointerEvent): void {
    if (!this.panGesture && !this.spaceHeld) this.active.onDoubleClick(event);
  }

  /** Lost pointer or focus: abandon whatever gesture is in progress. */
  cancel(): void {
    this.pan.cancel();
    this.panGesture = false;
    this.active.cancel();
  }

  /**
   * Returns true when the key was used. Escape first cancels a gesture, then leaves a
   * non-select tool, then clears the selection.
   */
  onKeyDown(event: ToolKeyEvent): boolean {
    if (event.key === ' ') {
      this.spaceHeld = true;
      this.editor.setPanning(true);
      return true;
    }
    if (this.active.onKeyDown(event)) return true;
    if (event.key !== 'Escape') return false;
    if (this.active !== this.tools.select) this.editor.setTool('select');
    else this.editor.select([]);
    return true;
  }

  onKeyUp(event: ToolKeyEvent): void {
    if (event.key !== ' ') return;
    this.spaceHeld = false;
    if (!this.panGesture) this.editor.setPanning(false);
  }
}
