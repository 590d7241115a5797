import type { Language } from '../catalogue/localized.js';
import { en } from './en.js';
import { sv, type Messages } from './sv.js';

export type { Messages };
export const messages: Readonly<Record<Language, Messages>> = { sv, en };
