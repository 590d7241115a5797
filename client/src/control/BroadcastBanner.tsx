/**
 * The facilitator's message on a board, until the person closes it. Closing hides that one
 * message on this device (a reload keeps it closed); the next message shows again.
 */
import type { BroadcastMessage } from '@samkarta/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

function storageKey(workshopId: string): string {
  return `samkarta-dismissed-message-${workshopId}`;
}

function dismissedId(workshopId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(workshopId));
  } catch {
    return null;
  }
}

export function BroadcastBanner({ workshopId, message }: { workshopId: string; message: BroadcastMessage }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(() => dismissedId(workshopId));
  if (dismissed === message.id) return null;
  const dismiss = () => {
    setDismissed(message.id);
    try {
      window.localStorage.setItem(storageKey(workshopId), message.id);
    } catch {
      // Private mode: it stays closed until the page is reloaded.
    }
  };
  return (
    <div className="broadcast-banner panel" role="status" aria-label={t('control.message')} data-testid="broadcast-message">
      <p className="broadcast-text">{message.text}</p>
      <button type="button" className="button subtle small" aria-label={t('control.dismiss')} title={t('control.dismiss')} data-testid="broadcast-dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
