/**
 * Swedish UI strings: the default language and the reference shape for every other
 * language. Keys are grouped by where they appear. Catalogue names (actor categories,
 * relations, card kinds) live in the catalogue, not here.
 */
export const sv = {
  app: {
    name: 'Samkarta',
    tagline: 'Gemensamma kartor för workshops',
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },
} as const;

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every language must provide exactly the keys Swedish has. */
export type Messages = Shape<typeof sv>;
