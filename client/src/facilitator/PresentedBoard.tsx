/**
 * One group's board on the projector: the board's own canvas, live and read-only, drawn from
 * the wall's connection to it. It frames the whole map when it opens, when the screen changes
 * size and when something is added or removed, so the room always sees all of it.
 */
import { useEffect, useRef, useState } from 'react';
import { boundsOfIds } from '../board/visibility';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { Editor } from '../editor/Editor';
import { EditorContext, PresenceContext } from '../editor/EditorContext';
import { fitRect, viewportCentredOn } from '../editor/viewport';
import { PresenceStore } from '../presence/PresenceStore';
import { localOrigin } from '../sync/origin';
import type { WallBoard } from './WallBoard';

interface Presented {
  editor: Editor;
  presence: PresenceStore;
}

/** Screen pixels around the map; less than on a board, since nobody needs room to draw. */
const FRAME_PADDING = 48;

function frameAll(editor: Editor): void {
  const screen = editor.screen.get();
  if (screen.width === 0) return;
  const content = boundsOfIds(editor.store, editor.store.getOrder());
  editor.viewport.set(content ? fitRect(content, screen, FRAME_PADDING) : viewportCentredOn({ x: 0, y: 0 }, 1, screen));
}

export function PresentedBoard({ board, label }: { board: WallBoard; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [presented, setPresented] = useState<Presented | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const { doc, awareness } = board.connection;
    const editor = new Editor({ doc, origin: localOrigin });
    editor.setReadOnly(true);
    // Others' cursors and selections show; the projector itself publishes no presence.
    const presence = new PresenceStore(awareness, null);
    const stopFraming = editor.store.subscribeOrder(() => frameAll(editor));
    setPresented({ editor, presence });
    return () => {
      stopFraming();
      presence.destroy();
      editor.destroy();
      setPresented(null);
    };
  }, [board]);

  useEffect(() => {
    const element = ref.current;
    if (!element || !presented) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
      setSize(next);
      presented.editor.screen.set(next);
      frameAll(presented.editor);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [presented]);

  return (
    <div ref={ref} className="present-board" role="img" aria-label={label} data-testid="present-board">
      {presented && size.width > 0 && (
        <EditorContext.Provider value={presented.editor}>
          <PresenceContext.Provider value={presented.presence}>
            <BoardCanvas width={size.width} height={size.height} />
          </PresenceContext.Provider>
        </EditorContext.Provider>
      )}
    </div>
  );
}
