/** The workshop's discussion questions on a board: a panel the person can fold away. */
import { useTranslation } from 'react-i18next';

export function QuestionsPanel({ questions }: { questions: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <details className="questions-panel panel" open data-testid="questions-panel">
      <summary>{t('control.questions')}</summary>
      <ol>
        {questions.map((question, i) => (
          <li key={i} data-testid="question">{question}</li>
        ))}
      </ol>
    </details>
  );
}
