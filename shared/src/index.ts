export * from './protocol/messages.js';
export * from './protocol/closeCodes.js';
export * from './protocol/limits.js';
