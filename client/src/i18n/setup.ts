/**
 * i18next over the shared message catalogues. Swedish is the default; a choice made in the
 * language switch is remembered in localStorage, and <html lang> follows the language so
 * screen readers pronounce the page right.
 */
import { defaultLanguage, isLanguage, messages, type Language, type Localized } from '@samkarta/shared';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

export const LANGUAGE_KEY = 'samkarta.language';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function storedLanguage(storage: KeyValueStorage): Language {
  try {
    const value = storage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function setupI18n(storage: KeyValueStorage, root: HTMLElement): typeof i18next {
  const lng = storedLanguage(storage);
  void i18next.use(initReactI18next).init({
    resources: {
      sv: { translation: messages.sv },
      en: { translation: messages.en },
    },
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: ['sv', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    // i18next otherwise prints an advertisement to every visitor's console.
    showSupportNotice: false,
  });
  root.lang = lng;
  i18next.on('languageChanged', (language) => {
    root.lang = language;
    try {
      storage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Not persisted in private mode; the choice still holds for this visit.
    }
  });
  return i18next;
}

/** The language i18next resolved, or the default before it has. */
function languageOf(resolved: string | undefined): Language {
  return isLanguage(resolved) ? resolved : defaultLanguage;
}

/** The current UI language, and a picker for catalogue texts in it. */
export function useLanguage(): { language: Language; localize: (text: Localized) => string } {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  return { language, localize: (text) => text[language] };
}

/** A catalogue text in the current language, for commands that run outside React. */
export function localizeNow(text: Localized): string {
  return text[languageOf(i18next.resolvedLanguage)];
}
