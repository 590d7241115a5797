/**
 * The board area: turns DOM pointer, wheel and key events into tool events in board
 * coordinates, reports our cursor to presence, and hosts the canvas and the text editor.
 * Fingers pass through TouchGestures first (pinch, long-press); a right click or a
 * long-press opens the context menu.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { useEditor, usePresence } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import { applyWheel } from '../editor/camera';
import { screenToBoard } from '../editor/viewport';
import { TouchGestures } from '../editor/TouchGestures';
import type { Point } from '../board/geometry';
import type { ToolPointerEvent } from '../tools/types';
import { ContextMenu } from './ContextMenu';
import { TextEditor } from './TextEditor';
import { useBoardKeyboard } from './useBoardKeyboard';
import { useClipboard } from './useClipboard';

interface Size {
  width: number;
  height: number;
}

export function BoardSurface() {
  const editor = useEditor();
  const presence = usePresence();
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>({ width: window.innerWidth, height: window.innerHeight });
  const tool = useUi((ui) => ui.tool);
  const panning = useUi((ui) => ui.panning);
  const [menuAt, setMenuAt] = useState<Point | null>(null);
  const closeMenu = useCallback(() => setMenuAt(null), []);
  const openMenu = useCallback((screen: Point) => {
    // The menu acts on what was pressed: it joins the selection unless it is already in it.
    const hit = editor.hitTest(screenToBoard(editor.viewport.get(), screen));
    if (hit && !editor.selection.get().has(hit.id)) editor.select([hit.id]);
    setMenuAt(screen);
  }, [editor]);
  const touch = useMemo(() => new TouchGestures(editor, openMenu), [editor, openMenu]);
  useEffect(() => () => touch.destroy(), [touch]);
  useBoardKeyboard();
  useClipboard();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
      setSize(next);
      editor.screen.set(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [editor]);

  // React's onWheel is passive, so the page would scroll or zoom; the board needs preventDefault.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? rect.height : 1;
      // A mouse wheel with Shift scrolls sideways in every browser but Chromium on Windows/Linux.
      const sideways = event.shiftKey && event.deltaX === 0;
      const delta = { x: (sideways ? event.deltaY : event.deltaX) * unit, y: (sideways ? 0 : event.deltaY) * unit };
      const anchor = { x: event.clientX - rect.left, y: event.clientY - rect.top };
      applyWheel(editor, delta, anchor, event.ctrlKey || event.metaKey);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [editor]);

  const toScreen = (event: ReactMouseEvent): Point => {
    const rect = ref.current!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const toToolEvent = (event: ReactMouseEvent): ToolPointerEvent => {
    const screen = toScreen(event);
    return { screen, point: screenToBoard(editor.viewport.get(), screen), button: event.button, shiftKey: event.shiftKey };
  };
  const toTouch = (event: ReactPointerEvent) => ({ pointerId: event.pointerId, pointerType: event.pointerType, screen: toScreen(event) });

  return (
    <div
      ref={ref}
      className="board-surface"
      data-testid="board-surface"
      data-tool={tool}
      data-panning={panning || undefined}
      onPointerDown={(event) => {
        if (touch.down(toTouch(event)) || !event.isPrimary || event.button === 2) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        editor.setPaletteOpen(false);
        editor.tools.onPointerDown(toToolEvent(event));
      }}
      onPointerMove={(event) => {
        if (touch.move(toTouch(event)) || !event.isPrimary) return;
        const toolEvent = toToolEvent(event);
        presence.setCursor(toolEvent.point);
        editor.pointer = toolEvent.point;
        editor.tools.onPointerMove(toolEvent);
      }}
      onPointerUp={(event) => {
        if (!touch.up(event) && event.isPrimary) editor.tools.onPointerUp(toToolEvent(event));
      }}
      onPointerCancel={(event) => {
        touch.up(event);
        editor.tools.cancel();
      }}
      onPointerLeave={() => presence.setCursor(null)}
      onDoubleClick={(event) => editor.tools.onDoubleClick(toToolEvent(event))}
      onContextMenu={(event) => {
        event.preventDefault();
        if (!touch.isPinching()) openMenu(toScreen(event));
      }}
    >
      <BoardCanvas width={size.width} height={size.height} />
      <TextEditor />
      {menuAt && <ContextMenu at={menuAt} onClose={closeMenu} />}
    </div>
  );
}
