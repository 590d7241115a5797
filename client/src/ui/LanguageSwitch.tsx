import { languages } from '@samkarta/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/setup';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select data-testid="language-select" value={language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {languages.map((lng) => (
          <option key={lng} value={lng} lang={lng}>{t(`language.${lng}`)}</option>
        ))}
      </select>
    </label>
  );
}
