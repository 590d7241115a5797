/**
 * The board area: turns DOM pointer, wheel and key events into tool events in board
 * coordinates, reports our cursor to presence, and hosts the canvas and the text editor.
 */
import { useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { useEditor, usePresence } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import { applyWheel } from '../editor/camera';
import { screenToBoard } from '../editor/viewport';
import type { ToolPointerEvent } from '../tools/types';
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

  const toToolEvent = (event: ReactMouseEvent): ToolPointerEvent => {
    const rect = ref.current!.getBoundingClientRect();
    const screen = { x: event.clientX - rect.left, y: event.clientY - rect.top };
    return { screen, point: screenToBoard(editor.viewport.get(), screen), button: event.button, shiftKey: event.shiftKey };
  };

  return (
    <div
      ref={ref}
      className="board-surface"
      data-testid="board-surface"
      data-tool={tool}
      data-panning={panning || undefined}
      onPointerDown={(event) => {
        if (!event.isPrimary || event.button === 2) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        editor.setPaletteOpen(false);
        editor.tools.onPointerDown(toToolEvent(event));
      }}
      onPointerMove={(event) => {
        if (!event.isPrimary) return;
        const toolEvent = toToolEvent(event);
        presence.setCursor(toolEvent.point);
        editor.pointer = toolEvent.point;
        editor.tools.onPointerMove(toolEvent);
      }}
      onPointerUp={(event) => {
        if (event.isPrimary) editor.tools.onPointerUp(toToolEvent(event));
      }}
      onPointerCancel={() => editor.tools.cancel()}
      onPointerLeave={() => presence.setCursor(null)}
      onDoubleClick={(event) => editor.tools.onDoubleClick(toToolEvent(event))}
      onContextMenu={(event) => event.preventDefault()}
    >
      <BoardCanvas width={size.width} height={size.height} />
      <TextEditor />
    </div>
  );
}
