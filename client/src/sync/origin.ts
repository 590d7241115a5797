/**
 * The transaction origin of every edit made on this device. The provider marks what it
 * applies from the network with itself as origin, so this object is how the (later) undo
 * manager tracks only local edits: `new Y.UndoManager(type, { trackedOrigins: new Set([localOrigin]) })`.
 */
export const localOrigin: object = Object.freeze({ name: 'samkarta-local' });
