import type { Messages } from './sv.js';

export const en: Messages = {
  app: {
    name: 'Samkarta',
    tagline: 'Shared maps for workshops',
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
};
