/** The wall's broadcast: send a message to every board, or take the current one away. */
import { clearMessage, MAX_BROADCAST_LENGTH, sendMessage, type BroadcastMessage } from '@samkarta/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlSession } from '../control/ControlSession';
import { localOrigin } from '../sync/origin';

export function MessageControl({ session, message }: { session: ControlSession; message: BroadcastMessage | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    sendMessage(session.doc, draft, Date.now(), localOrigin);
    setDraft('');
  };
  return (
    <div className="stack">
      <form className="row" onSubmit={send}>
        <input
          className="grow-input"
          aria-label={t('control.messageLabel')}
          placeholder={t('control.messagePlaceholder')}
          data-testid="control-message-input"
          value={draft}
          maxLength={MAX_BROADCAST_LENGTH}
          required
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button primary" data-testid="control-message-send">{t('control.send')}</button>
      </form>
      {message && (
        <p className="row" data-testid="control-message-current">
          <span className="muted">{t('control.showing')}</span>
          <strong>{message.text}</strong>
          <button type="button" className="button subtle small" data-testid="control-message-clear" onClick={() => clearMessage(session.doc, localOrigin)}>
            {t('control.clear')}
          </button>
        </p>
      )}
    </div>
  );
}
