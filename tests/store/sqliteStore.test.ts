import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { SqliteStore, type Store } from '@samkarta/server';
import { describeStore } from './storeSuite.js';

const folders = new Map<Store, string>();

afterAll(() => {
  for (const folder of new Set(folders.values())) fs.rmSync(folder, { recursive: true, force: true });
});

describeStore('SqliteStore', {
  async create() {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samkarta-store-'));
    const store = new SqliteStore(folder);
    folders.set(store, folder);
    return store;
  },
  async reopen(store) {
    const folder = folders.get(store);
    if (folder === undefined) throw new Error('reopen of a store this backend did not create');
    const reopened = new SqliteStore(folder);
    folders.set(reopened, folder);
    return reopened;
  },
});
