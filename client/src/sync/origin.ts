/**
 * The transaction origin of every edit made on this device. The provider marks what it
 * applies from the network with itself as origin, so this object is how the undo history
 * (editor/History.ts) tracks only local edits and never undoes another person's work.
 */
export const localOrigin: object = Object.freeze({ name: 'samkarta-local' });
