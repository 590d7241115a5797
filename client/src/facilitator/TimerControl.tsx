/** The wall's countdown: start N minutes for every board, pause, resume or stop it. */
import { MAX_TIMER_MINUTES, pauseTimer, resumeTimer, startTimer, stopTimer, type Timer } from '@samkarta/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../control/Countdown';
import type { ControlSession } from '../control/ControlSession';
import { localOrigin } from '../sync/origin';

const MINUTE_MS = 60_000;

export function TimerControl({ session, timer }: { session: ControlSession; timer: Timer | null }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState('5');
  const start = (event: FormEvent) => {
    event.preventDefault();
    startTimer(session.doc, Number(minutes) * MINUTE_MS, Date.now(), localOrigin);
  };
  return (
    <form className="row" onSubmit={start}>
      <label className="field-inline">
        {t('control.minutesLabel')}
        <input
          type="number"
          className="minutes-input"
          data-testid="control-timer-minutes"
          min={1}
          max={MAX_TIMER_MINUTES}
          step={1}
          required
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </label>
      <button type="submit" className="button" data-testid="control-timer-start">{t('control.start')}</button>
      {timer && (
        <>
          <Countdown timer={timer} />
          {timer.state === 'running' ? (
            <button type="button" className="button subtle" data-testid="control-timer-pause" onClick={() => pauseTimer(session.doc, Date.now(), localOrigin)}>
              {t('control.pause')}
            </button>
          ) : (
            <button type="button" className="button subtle" data-testid="control-timer-resume" onClick={() => resumeTimer(session.doc, Date.now(), localOrigin)}>
              {t('control.resume')}
            </button>
          )}
          <button type="button" className="button subtle" data-testid="control-timer-stop" onClick={() => stopTimer(session.doc, localOrigin)}>
            {t('control.stop')}
          </button>
        </>
      )}
    </form>
  );
}
