/**
 * The wall's editor of the discussion questions, one per line. It follows the document until
 * the facilitator starts typing, so a change from another tab is not overwritten unseen.
 */
import { MAX_QUESTION_LENGTH, MAX_WORKSHOP_QUESTIONS, setQuestions } from '@samkarta/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlSession } from '../control/ControlSession';
import { localOrigin } from '../sync/origin';

export function QuestionsEditor({ session, questions }: { session: ControlSession; questions: readonly string[] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft !== null) setQuestions(session.doc, draft.split('\n'), localOrigin);
    setDraft(null);
    setSaved(true);
  };
  return (
    <form className="stack" onSubmit={save}>
      <label>
        {t('control.questionsLabel')}
        <textarea
          data-testid="control-questions-input"
          rows={Math.min(MAX_WORKSHOP_QUESTIONS, Math.max(2, questions.length + 1))}
          maxLength={MAX_WORKSHOP_QUESTIONS * (MAX_QUESTION_LENGTH + 1)}
          value={draft ?? questions.join('\n')}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
        />
      </label>
      <div className="row">
        <button type="submit" className="button" data-testid="control-questions-save" disabled={draft === null}>
          {t('control.saveQuestions')}
        </button>
        {saved && <span className="muted" role="status">{t('control.questionsSaved')}</span>}
      </div>
    </form>
  );
}
