/**
 * One open board on this device: the parsed element store over the shared Y.Doc, plus the
 * local state that is nobody else's business (selection, viewport, tool, text being edited,
 * gesture previews). Tools and UI change the board only through here, and every document
 * write carries `origin`, so the undo history can tell local edits from remote ones.
 */
import {
  attachedCardIds,
  createElement,
  deleteElements,
  duplicateElements,
  type ActorCategoryId,
  type BoardElement,
  type NewElement,
  type TextSizeId,
} from '@samkarta/shared';
import type * as Y from 'yjs';
import { ElementStore } from '../board/ElementStore';
import type { Point } from '../board/geometry';
import { elementAt } from '../board/hitTest';
import { ToolManager } from '../tools/ToolManager';
import { penColors, penWidths, type PenStyle } from '../tools/Pen/penStyle';
import { viewingTools, type ToolId } from '../tools/types';
import { History } from './History';
import { PreviewStore } from './PreviewStore';
import { ValueStore } from './ValueStore';
import { initialViewport, type Viewport } from './viewport';

export interface Editing {
  id: string;
  field: 'label' | 'text';
}

export interface UiState {
  tool: ToolId;
  /** "select.idle", "connect.armed", …: lets the chrome show a hint for the current step. */
  toolState: string;
  actorCategory: ActorCategoryId;
  paletteOpen: boolean;
  /** The shortcut help is open. */
  helpOpen: boolean;
  editing: Editing | null;
  /** The view is being dragged, or space is held ready to drag it. */
  panning: boolean;
  /** The server drops this connection's writes (viewer, or locked): look, but do not touch. */
  readOnly: boolean;
  /** Colour and width of the next pen stroke. */
  pen: PenStyle;
  /** Font size of the next free text. */
  textSize: TextSizeId;
  /** The board is shown as a list (for keyboards and screen readers) over the canvas. */
  listView: boolean;
}

export interface EditorOptions {
  doc: Y.Doc;
  /** Transaction origin of every local write. */
  origin: object;
  /** Display name recorded as an element's author. */
  author?: () => string;
  now?: () => number;
}

/** Screen pixels of slack when hitting thin or small things. */
const HIT_SLOP = 6;
/** Where a duplicate lands relative to its original, in board units. */
const DUPLICATE_OFFSET = { dx: 24, dy: 24 };

export class Editor {
  readonly doc: Y.Doc;
  readonly origin: object;
  readonly store: ElementStore;
  readonly selection = new ValueStore<ReadonlySet<string>>(new Set());
  readonly preview = new PreviewStore();
  readonly viewport = new ValueStore<Viewport>(initialViewport);
  /** Size of the board's area on screen, for culling and centring. */
  readonly screen = new ValueStore<{ width: number; height: number }>({ width: 0, height: 0 });
  readonly ui = new ValueStore<UiState>({
    tool: 'select',
    toolState: 'select.idle',
    actorCategory: 'region',
    paletteOpen: false,
    helpOpen: false,
    editing: null,
    panning: false,
    readOnly: false,
    pen: { color: penColors[0], width: penWidths[1] },
    textSize: 'm',
    listView: false,
  });
  readonly history: History;
  /** Where the laser pointer is pressed, if it is: shown to everyone through presence, never stored. */
  readonly laser = new ValueStore<Point | null>(null);
  /** The pointer's last board position over the board (where a paste lands), if it has been there. */
  pointer: Point | null = null;
  readonly tools: ToolManager;
  readonly now: () => number;
  private readonly author: () => string;
  private readonly unsubscribe: () => void;

  constructor(options: EditorOptions) {
    this.doc = options.doc;
    this.origin = options.origin;
    this.author = options.author ?? (() => '');
    this.now = options.now ?? Date.now;
    this.store = new ElementStore(this.doc);
    this.history = new History(this.doc, this.origin);
    this.tools = new ToolManager(this);
    this.unsubscribe = this.store.subscribeOrder(() => this.forgetDeleted());
  }

  destroy(): void {
    this.tools.cancel();
    this.unsubscribe();
    this.history.destroy();
    this.store.destroy();
  }

  transact(fn: () => void): void {
    this.doc.transact(fn, this.origin);
  }

  create(input: NewElement): string {
    return createElement(this.doc, input, this.writeContext());
  }

  setTool(tool: ToolId): void {
    if (this.ui.get().readOnly && !viewingTools.has(tool)) return;
    this.stopEditing();
    this.ui.update((ui) => ({ ...ui, tool, paletteOpen: false }));
    this.tools.setTool(tool);
  }

  /** Actor tool with a category picked from the palette. */
  setActorTool(category: ActorCategoryId): void {
    this.ui.update((ui) => ({ ...ui, actorCategory: category }));
    this.setTool('actor');
  }

  /**
   * Read-only as the server says: a gesture or text in progress is dropped (the server would
   * drop its writes anyway) and an editing tool gives way to Markera.
   */
  setReadOnly(readOnly: boolean): void {
    if (this.ui.get().readOnly === readOnly) return;
    if (readOnly) {
      this.tools.cancel();
      this.setTool('select');
      this.setPaletteOpen(false);
    }
    this.ui.update((ui) => ({ ...ui, readOnly }));
  }

  isReadOnly(): boolean {
    return this.ui.get().readOnly;
  }

  setPenStyle(patch: Partial<PenStyle>): void {
    this.ui.update((ui) => ({ ...ui, pen: { ...ui.pen, ...patch } }));
  }

  setTextSize(textSize: TextSizeId): void {
    this.ui.update((ui) => (ui.textSize === textSize ? ui : { ...ui, textSize }));
  }

  setListView(listView: boolean): void {
    this.ui.update((ui) => (ui.listView === listView ? ui : { ...ui, listView }));
  }

  setPaletteOpen(open: boolean): void {
    this.ui.update((ui) => (ui.paletteOpen === open ? ui : { ...ui, paletteOpen: open }));
  }

  setHelpOpen(open: boolean): void {
    this.ui.update((ui) => (ui.helpOpen === open ? ui : { ...ui, helpOpen: open }));
  }

  setPanning(panning: boolean): void {
    this.ui.update((ui) => (ui.panning === panning ? ui : { ...ui, panning }));
  }

  /** Called by tools on every transition. */
  reportToolState(toolState: string): void {
    this.ui.update((ui) => (ui.toolState === toolState ? ui : { ...ui, toolState }));
  }

  select(ids: Iterable<string>): void {
    const next = new Set(ids);
    const current = this.selection.get();
    if (next.size === current.size && [...next].every((id) => current.has(id))) return;
    this.selection.set(next);
  }

  toggleSelected(id: string): void {
    const next = new Set(this.selection.get());
    if (!next.delete(id)) next.add(id);
    this.selection.set(next);
  }

  selectAll(): void {
    this.stopEditing();
    this.select(this.store.getOrder());
  }

  /**
   * Copies of the selection (with the cards riding on it) a little down and to the right,
   * in one undo step; the copies become the selection, so pressing again makes a row.
   */
  duplicateSelection(): void {
    const selected = this.selection.get();
    if (selected.size === 0) return;
    const copies = duplicateElements(this.doc, this.selectedWithCards(), DUPLICATE_OFFSET, this.writeContext());
    this.select([...selected].flatMap((id) => copies.get(id) ?? []));
  }

  /** The selection and the cards riding on it, in drawing order: what duplicate and copy take. */
  selectedWithCards(): BoardElement[] {
    const selected = this.selection.get();
    const ids = new Set([...selected, ...attachedCardIds(this.doc, selected)]);
    return this.store.getOrder().filter((id) => ids.has(id)).map((id) => this.store.get(id)!);
  }

  /** Origin and author for shared write helpers. */
  writeContext(): { origin: object; createdBy: string } {
    return { origin: this.origin, createdBy: this.author() };
  }

  deleteSelection(): void {
    const ids = [...this.selection.get()];
    if (ids.length === 0) return;
    this.stopEditing();
    deleteElements(this.doc, ids, this.origin);
  }

  /** The selection minus what cannot move by itself (connectors), plus cards riding on it; none when read-only. */
  draggableIds(): string[] {
    if (this.isReadOnly()) return [];
    const ids = new Set([...this.selection.get()].filter((id) => {
      const element = this.store.get(id);
      return element !== undefined && element.kind !== 'connector';
    }));
    return [...ids, ...attachedCardIds(this.doc, ids)];
  }

  hitTest(point: Point): BoardElement | null {
    return elementAt(this.store, point, { tolerance: HIT_SLOP / this.viewport.get().scale });
  }

  actorAt(point: Point, exclude?: ReadonlySet<string>): BoardElement | null {
    return elementAt(this.store, point, { kinds: ['actor'], ...(exclude ? { exclude } : {}) });
  }

  startEditing(id: string): void {
    if (this.isReadOnly()) return;
    const element = this.store.get(id);
    if (!element) return;
    const field = textFieldOf(element);
    if (!field) return;
    this.ui.update((ui) => ({ ...ui, editing: { id, field } }));
  }

  /** Ends text editing; a free text left empty is removed, as in Excalidraw, in the same undo step. */
  stopEditing(): void {
    const editing = this.ui.get().editing;
    if (!editing) return;
    this.ui.update((ui) => ({ ...ui, editing: null }));
    const element = this.store.get(editing.id);
    if (element?.kind === 'text' && element.text.trim() === '') deleteElements(this.doc, [element.id], this.origin);
  }

  private forgetDeleted(): void {
    const selection = this.selection.get();
    const kept = [...selection].filter((id) => this.store.get(id));
    if (kept.length !== selection.size) this.selection.set(new Set(kept));
    const editing = this.ui.get().editing;
    if (editing && !this.store.get(editing.id)) this.stopEditing();
  }
}

/** The field a person writes in when editing an element, if it has one. */
export function textFieldOf(element: BoardElement): Editing['field'] | null {
  switch (element.kind) {
    case 'actor':
    case 'connector':
    case 'zone':
      return 'label';
    case 'enabler':
    case 'obstacle':
    case 'note':
    case 'text':
      return 'text';
    case 'stroke':
      return null;
  }
}
