import type { Messages } from '@samkarta/shared';

// Typed keys: t('tools.select') is checked against the Swedish catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
