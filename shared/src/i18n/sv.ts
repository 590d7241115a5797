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
  start: {
    createHeading: 'Ny karta',
    createIntro: 'Ge kartan ett namn, till exempel gruppens nummer eller frågan ni arbetar med.',
    titleLabel: 'Kartans namn',
    titlePlaceholder: 'T.ex. Grupp 3 – Vad krävs för att få det att hända?',
    create: 'Skapa karta',
    creating: 'Skapar…',
    created: 'Kartan är skapad. Dela länken med gruppen:',
    linkLabel: 'Länk till kartan',
    copy: 'Kopiera',
    copied: 'Kopierad',
    open: 'Öppna',
    joinHeading: 'Gå med i en karta',
    joinLabel: 'Länk eller kod',
    joinPlaceholder: 'Klistra in länken eller kartans kod',
    join: 'Gå med',
  },
  errors: {
    network: 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.',
    server: 'Servern svarade med ett fel ({{status}}): {{error}}',
    serverUnknown: 'Servern svarade med ett fel ({{status}}).',
    invalidBoardRef: 'Det där ser inte ut som en länk till en karta eller en kod.',
    boardNotFound: 'Kartan finns inte. Kontrollera länken eller skapa en ny karta.',
    copyFailed: 'Kunde inte kopiera. Markera länken och kopiera den själv.',
  },
  board: {
    titleLabel: 'Kartans namn',
    untitled: 'Namnlös karta',
    home: 'Till startsidan',
    outline: 'Kartans innehåll',
    actorPlaceholder: 'Namnlös aktör',
    cardPlaceholder: 'Dubbelklicka för att skriva',
    editText: 'Redigera text',
    relation: 'Relation',
    selectedConnector: 'Vald koppling',
    delete: 'Ta bort',
    zoom: 'Zoom {{percent}} %',
    resetZoom: 'Återställ zoom till 100 %',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    opening: 'Öppnar kartan…',
  },
  kinds: {
    actor: 'Aktör',
    connector: 'Koppling',
    zone: 'Zon',
    stroke: 'Streck',
    connectorText: '{{from}} → {{to}}',
  },
  connection: {
    label: 'Anslutning',
    connecting: 'Ansluter…',
    connected: 'Ansluten',
    offline: 'Offline – återansluter…',
    refused: 'Frånkopplad',
    refusedReason: 'Servern stängde anslutningen ({{code}}): {{reason}}',
    reconnect: 'Försök igen',
  },
  saved: {
    label: 'Sparstatus',
    saved: 'Sparat',
    saving: 'Sparar…',
    unsaved: 'Inte sparat (offline)',
  },
  tools: {
    label: 'Verktyg',
    select: 'Markera',
    actor: 'Aktör',
    enabler: 'Framgångsfaktor',
    obstacle: 'Hinder',
    note: 'Anteckning',
    connect: 'Koppla',
    withShortcut: '{{label}} ({{key}})',
    paletteLabel: 'Välj typ av aktör',
    hintSelect: 'Dra för att flytta, dubbelklicka för att skriva. Dra i tom yta för att panorera.',
    hintPlace: 'Klicka på kartan för att placera. Esc avbryter.',
    hintActor: 'Klicka på kartan för att placera: {{category}}. Esc avbryter.',
    hintConnect: 'Dra från en aktör till en annan, eller klicka på den ena och sedan den andra.',
    hintConnectFrom: 'Klicka på aktören som kopplingen ska gå till. Esc avbryter.',
    hintConnectDrag: 'Släpp på aktören som kopplingen ska gå till.',
  },
  presence: {
    nameLabel: 'Ditt namn',
    nameHint: 'Så syns du för de andra på kartan',
    others_one: '{{count}} person till på kartan',
    others_other: '{{count}} personer till på kartan',
  },
} as const;

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every language must provide exactly the keys Swedish has. */
export type Messages = Shape<typeof sv>;
