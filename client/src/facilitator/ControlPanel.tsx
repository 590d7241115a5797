/**
 * The facilitator's controls of the workshop control document, on the wall: the message to
 * every board, the countdown and the discussion questions. Writes go to the document; the
 * server accepts them from the facilitator's token alone.
 */
import { useTranslation } from 'react-i18next';
import { useControlSession, useControlState } from '../control/useControlSession';
import type { ControlSession } from '../control/ControlSession';
import { MessageControl } from './MessageControl';
import { QuestionsEditor } from './QuestionsEditor';
import { TimerControl } from './TimerControl';

export function ControlPanel({ workshopId, token }: { workshopId: string; token: string }) {
  const session = useControlSession(workshopId, token);
  return session && <ControlPanelBody session={session} />;
}

function ControlPanelBody({ session }: { session: ControlSession }) {
  const { t } = useTranslation();
  const { message, timer, questions } = useControlState(session);
  return (
    <section className="control-panel card stack" aria-label={t('control.heading')} data-testid="control-panel">
      <h2>{t('control.heading')}</h2>
      <MessageControl session={session} message={message} />
      <TimerControl session={session} timer={timer} />
      <QuestionsEditor session={session} questions={questions} />
    </section>
  );
}
