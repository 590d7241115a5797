export * from './protocol/messages.js';
export * from './protocol/closeCodes.js';
export * from './protocol/limits.js';
export * from './protocol/saved.js';
export * from './protocol/access.js';
export * from './protocol/roles.js';

export * from './catalogue/localized.js';
export * from './catalogue/levels.js';
export * from './catalogue/actorCategories.js';
export * from './catalogue/relations.js';
export * from './catalogue/cardKinds.js';

export * from './schema/record.js';
export * from './schema/actor.js';
export * from './schema/card.js';
export * from './schema/enabler.js';
export * from './schema/obstacle.js';
export * from './schema/note.js';
export * from './schema/connector.js';
export * from './schema/stroke.js';
export * from './schema/zone.js';
export * from './schema/elements.js';
export * from './schema/meta.js';
export * from './schema/write.js';
export * from './schema/duplicate.js';
export * from './schema/zindex.js';
export * from './i18n/index.js';
