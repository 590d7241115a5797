/** Stock y-websocket providers converge through the relay; rooms stay apart. */
import { describe, expect, it } from 'vitest';
import { createClient, waitSynced } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { useTestServer } from '../helpers/testServer.js';

const fixture = useTestServer();

describe('sync', () => {
  it('two providers on one room converge both ways', async () => {
    const a = createClient(fixture.server.wsUrl, 'converge');
    const b = createClient(fixture.server.wsUrl, 'converge');
    await Promise.all([waitSynced(a), waitSynced(b)]);

    a.doc.getMap('m').set('fromA', 1);
    b.doc.getArray<string>('list').push(['fromB']);

    await waitFor('b sees a', () => b.doc.getMap('m').get('fromA') === 1);
    await waitFor('a sees b', () => a.doc.getArray('list').toArray().includes('fromB'));
    expect(a.doc.getMap('m').toJSON()).toEqual(b.doc.getMap('m').toJSON());
    expect(a.doc.getArray('list').toJSON()).toEqual(b.doc.getArray('list').toJSON());
  });

  it('a provider joining later gets everything', async () => {
    const a = createClient(fixture.server.wsUrl, 'later');
    const b = createClient(fixture.server.wsUrl, 'later');
    await Promise.all([waitSynced(a), waitSynced(b)]);
    const text = a.doc.getText('t');
    for (let i = 0; i < 20; i++) text.insert(text.length, `${i},`);
    b.doc.getMap('m').set('b', 'yes');
    await waitFor('a sees b', () => a.doc.getMap('m').get('b') === 'yes');
    await waitFor('b sees a', () => b.doc.getText('t').toString() === text.toString());

    const c = createClient(fixture.server.wsUrl, 'later');
    await waitSynced(c);
    await waitFor('c has all', () => c.doc.getText('t').toString() === text.toString() && c.doc.getMap('m').get('b') === 'yes');

    // And c's own edit reaches the others.
    c.doc.getMap('m').set('c', 3);
    await waitFor('a and b see c', () => a.doc.getMap('m').get('c') === 3 && b.doc.getMap('m').get('c') === 3);
  });

  it('different rooms stay separate', async () => {
    const a = createClient(fixture.server.wsUrl, 'room-one');
    const b = createClient(fixture.server.wsUrl, 'room-two');
    const a2 = createClient(fixture.server.wsUrl, 'room-one');
    await Promise.all([waitSynced(a), waitSynced(b), waitSynced(a2)]);
    a.doc.getMap('m').set('only', 'one');
    b.doc.getMap('m').set('only', 'two');
    await waitFor('a2 sees a', () => a2.doc.getMap('m').get('only') === 'one');
    // The relay forwards room-one's update before or with anything else: give room-two time to
    // (wrongly) receive it, then check it never did.
    const late = createClient(fixture.server.wsUrl, 'room-two');
    await waitSynced(late);
    expect(late.doc.getMap('m').get('only')).toBe('two');
    expect(b.doc.getMap('m').get('only')).toBe('two');
    expect(a.doc.getMap('m').get('only')).toBe('one');
  });
});
