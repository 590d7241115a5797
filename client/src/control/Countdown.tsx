/**
 * The countdown as mm:ss, for everyone. When it reaches zero while the page watches, a gentle
 * signal: the chip pulses a few times and, where the browser allows sound, a soft chime.
 */
import { formatCountdown, timerEnded, timerRemainingMs, type Timer } from '@samkarta/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chime } from './chime';
import { useNow } from './useNow';

export function Countdown({ timer, chime }: { timer: Timer; chime?: Chime }) {
  const { t } = useTranslation();
  const now = useNow(timer.state === 'running' ? timer.endsAt : null);
  const ended = timerEnded(timer, now);
  const state = ended ? 'ended' : timer.state;
  /** The timer this page saw counting: only its end is signalled, not one that ended before. */
  const counting = useRef<string | null>(null);
  useEffect(() => {
    if (!ended) counting.current = timer.id;
    else if (counting.current === timer.id) {
      counting.current = null;
      chime?.play();
    }
  }, [ended, timer.id, chime]);
  const label = ended ? t('control.timerEnded') : timer.state === 'paused' ? t('control.timerPaused') : t('control.timer');
  return (
    <span className="chip countdown" data-testid="countdown" data-state={state} role="timer" aria-label={label} title={label}>
      <span className="countdown-time">{formatCountdown(timerRemainingMs(timer, now))}</span>
      {state !== 'running' && <span className="countdown-note">{label}</span>}
    </span>
  );
}
