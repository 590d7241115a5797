/**
 * What the workshop's control document shows on a board: the facilitator's message, the
 * countdown and the discussion questions; "bring everyone here" moves this person's camera
 * (only calls made while the board is open, and only those for this board). The facilitator
 * also gets the button that makes such a call.
 */
import type { BringHere } from '@samkarta/shared';
import { useEffect, useState } from 'react';
import { flyTo } from '../editor/cameraFlight';
import { useEditor } from '../editor/EditorContext';
import { viewportCentredOn } from '../editor/viewport';
import { BringHereButton } from './BringHereButton';
import { BroadcastBanner } from './BroadcastBanner';
import { Chime } from './chime';
import type { ControlSession } from './ControlSession';
import { Countdown } from './Countdown';
import { QuestionsPanel } from './QuestionsPanel';
import { useControlSession, useControlState } from './useControlSession';

export interface BoardControlProps {
  workshopId: string;
  token: string;
  boardId: string;
  /** The token is the facilitator's: offer "bring everyone here". */
  facilitator: boolean;
}

export function BoardControl(props: BoardControlProps) {
  const session = useControlSession(props.workshopId, props.token);
  return session && <BoardControlDock session={session} {...props} />;
}

/** Honoured like the OS asks: the camera then jumps instead of flying. */
function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function BoardControlDock({ session, workshopId, boardId, facilitator }: BoardControlProps & { session: ControlSession }) {
  const editor = useEditor();
  const { message, timer, questions } = useControlState(session);
  const [chime, setChime] = useState<Chime | null>(null);
  useEffect(() => {
    const created = new Chime();
    setChime(created);
    return () => created.destroy();
  }, []);
  useEffect(() => {
    let stopFlight = (): void => undefined;
    const unsubscribe = session.onBringHere((call: BringHere) => {
      if (call.room !== boardId) return;
      stopFlight();
      const target = viewportCentredOn({ x: call.x, y: call.y }, call.zoom, editor.screen.get());
      stopFlight = flyTo(editor, target, { durationMs: prefersReducedMotion() ? 0 : 700 });
    });
    return () => {
      unsubscribe();
      stopFlight();
    };
  }, [session, editor, boardId]);

  return (
    <aside className="control-dock" data-testid="control-dock">
      {message && <BroadcastBanner key={message.id} workshopId={workshopId} message={message} />}
      {(timer || facilitator) && (
        <div className="control-row">
          {timer && <Countdown timer={timer} chime={chime ?? undefined} />}
          {facilitator && <BringHereButton session={session} boardId={boardId} />}
        </div>
      )}
      {questions.length > 0 && <QuestionsPanel questions={questions} />}
    </aside>
  );
}
