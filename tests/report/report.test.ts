/**
 * The workshop's documentation from boards filled through the websocket by plain-yjs writers:
 * every card under its group and actor with its votes, the categories no group placed, escaped
 * text, a broken element skipped and counted, and who may read it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addVote, startVotingRound } from '@samkarta/shared';
import type { BoardAccess } from '../helpers/boards.js';
import { createClient, waitStored, waitSynced } from '../helpers/clients.js';
import { addDeepElement } from '../helpers/deepElement.js';
import { addActor, addCard, addRelation } from '../helpers/plainElements.js';
import { useTestServer } from '../helpers/testServer.js';
import { createWorkshop, type CreatedWorkshop } from '../helpers/workshops.js';

const fixture = useTestServer();
let workshop: CreatedWorkshop;

async function fill(index: number, write: (doc: Y.Doc) => void): Promise<void> {
  const group = workshop.groups[index] as { room: string };
  const board: BoardAccess = { room: group.room, token: workshop.participantToken, workshopId: workshop.id };
  const client = createClient(fixture.server.wsUrl, board);
  await waitSynced(client);
  write(client.doc);
  await waitStored(client);
  client.destroy();
}

/** The body as sent: Response.text() would drop a byte-order mark. */
async function get(file: string, token = workshop.viewerToken): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(`${fixture.server.url}/api/workshops/${workshop.id}/${file}`, { headers: { authorization: `Bearer ${token}` } });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

beforeAll(async () => {
  workshop = await createWorkshop(fixture.server.url, { title: 'Länsworkshop <2026>', groups: ['Norr', 'Söder', 'Väst'] });
  await fill(0, (doc) => {
    addActor(doc, 'region', 'region', 'Region Örebro län', 0);
    addActor(doc, 'kommun', 'kommun', 'Lindesbergs kommun', 200);
    addRelation(doc, 'rel', 'region', 'kommun', 'Samverkansavtal');
    addCard(doc, 'n-h1', 'obstacle', 'Brist på finansiering', { attachedTo: 'region', y: 10 });
    addCard(doc, 'n-h2', 'obstacle', 'Otydliga roller', { attachedTo: 'rel', y: 20 });
    addCard(doc, 'n-f1', 'enabler', 'Tydligt ledarskap', { attachedTo: 'kommun', y: 30 });
    addCard(doc, 'n-f2', 'enabler', '<script>alert(1)</script> *fet* =SUM(A1)', { y: 40 });
    addCard(doc, 'n-n1', 'note', 'Fråga: vem äger frågan?', { y: 50 });
    startVotingRound(doc, { id: 'r1', votesPerPerson: 3, startedAt: 1 });
    addVote(doc, 'r1', 'voterA', 'n-h1');
    addVote(doc, 'r1', 'voterB', 'n-h1');
    addVote(doc, 'r1', 'voterC', 'n-h1');
    addVote(doc, 'r1', 'voterA', 'n-f1');
  });
  await fill(1, (doc) => {
    addActor(doc, 'uni', 'larosate', 'Örebro universitet');
    addCard(doc, 's-h1', 'obstacle', 'Finansieringen saknas', { attachedTo: 'uni' });
    addCard(doc, 's-f1', 'enabler', 'Gemensam målbild');
    startVotingRound(doc, { id: 'r1', votesPerPerson: 3, startedAt: 1 });
    addVote(doc, 'r1', 'voterD', 's-f1');
    addVote(doc, 'r1', 'voterE', 's-f1');
  });
  await fill(2, (doc) => {
    addCard(doc, 'v-h1', 'obstacle', 'Silotänkande');
    // Written as a script could before the relay refused it: one element the report cannot read.
    doc.transact(() => {
      const broken = new Y.Map<unknown>();
      broken.set('kind', 'obstacle');
      broken.set('text', 42);
      doc.getMap('elements').set('broken', broken);
    });
  });
}, 60_000);

describe('notes.csv', () => {
  it('has one row per card with group, kind, text, actor, relation, votes and author', async () => {
    const csv = await get('notes.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('group,kind,text,actor,relation,votes,author,createdAt');
    expect(lines).toHaveLength(1 + 8);
    expect(lines).toContain('Norr,Hinder,Brist på finansiering,Region Örebro län,,3,Anna,');
    expect(lines).toContain('Norr,Hinder,Otydliga roller,,Samverkansavtal (Region Örebro län – Lindesbergs kommun),0,Anna,');
    expect(lines).toContain('Norr,Framgångsfaktor,Tydligt ledarskap,Lindesbergs kommun,,1,Anna,');
    expect(lines).toContain('Norr,Framgångsfaktor,<script>alert(1)</script> *fet* =SUM(A1),,,0,Anna,');
    expect(lines).toContain('Norr,Anteckning,Fråga: vem äger frågan?,,,0,Anna,');
    expect(lines).toContain('Söder,Framgångsfaktor,Gemensam målbild,,,2,Anna,');
    expect(lines).toContain('Väst,Hinder,Silotänkande,,,0,Anna,');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', async () => {
    // Its own workshop: the one above is counted exactly.
    const other = await createWorkshop(fixture.server.url, { title: 'Citat', groups: 1 });
    const board: BoardAccess = { room: (other.groups[0] as { room: string }).room, token: other.participantToken, workshopId: other.id };
    const client = createClient(fixture.server.wsUrl, board);
    await waitSynced(client);
    addCard(client.doc, 'q', 'obstacle', 'Tid, pengar och "vilja"\nsaknas');
    addCard(client.doc, 'f', 'obstacle', '=HYPERLINK("http://example.invalid")', { y: 300 });
    await waitStored(client);
    const response = await fetch(`${fixture.server.url}/api/workshops/${other.id}/notes.csv`, { headers: { authorization: `Bearer ${other.viewerToken}` } });
    const text = await response.text();
    expect(text).toContain('Grupp 1,Hinder,"Tid, pengar och ""vilja""\nsaknas",,,0,Anna,');
    // Never run as a formula by a spreadsheet.
    expect(text).toContain(`Grupp 1,Hinder,"'=HYPERLINK(""http://example.invalid"")",,,0,Anna,`);
  });
});

describe('report.md and report.html', () => {
  it('lists every group in order, its actors, and its cards under their actor with votes', async () => {
    const md = await get('report.md');
    expect(md.status).toBe(200);
    expect(md.type).toContain('text/markdown');
    const text = md.text;
    expect(text).toContain('# Dokumentation: Länsworkshop \\<2026\\>');
    const norr = text.indexOf('## Norr');
    const soder = text.indexOf('## Söder');
    const vast = text.indexOf('## Väst');
    expect(norr).toBeGreaterThan(0);
    expect(soder).toBeGreaterThan(norr);
    expect(vast).toBeGreaterThan(soder);
    const norrPart = text.slice(norr, soder);
    expect(norrPart).toContain('- Region: Region Örebro län');
    expect(norrPart).toContain('- Kommun: Lindesbergs kommun');
    expect(norrPart).toMatch(/### Framgångsfaktorer\n\n- Vid Lindesbergs kommun\n {2}- Tydligt ledarskap \(1 röst\)\n- Utan koppling\n {2}- \\<script\\>alert\\\(1\\\)\\<\/script\\> \\\*fet\\\* =SUM\\\(A1\\\)\n/);
    expect(norrPart).toContain(
      '### Hinder\n\n- Vid Region Örebro län\n  - Brist på finansiering (3 röster)\n' +
        '- Vid Samverkansavtal \\(Region Örebro län – Lindesbergs kommun\\)\n  - Otydliga roller\n',
    );
    expect(norrPart).toContain('### Anteckningar');
    expect(text.slice(vast)).toContain('1 element på kartan kunde inte läsas och är inte med.');
  });

  it('names the categories no group placed, and the most voted cards', async () => {
    const md = (await get('report.md')).text;
    const across = md.slice(md.indexOf('## Över grupperna'));
    expect(across).toContain('| Kategori | Norr | Söder | Väst |');
    expect(across).toContain('| Region | ✓ |  |  |');
    expect(across).toContain('| Lärosäte |  | ✓ |  |');
    const sentence = /Ingen grupp placerade: (.+)\./.exec(across)?.[1] ?? '';
    expect(sentence).toContain('Statlig myndighet');
    for (const placed of ['Region', 'Kommun', 'Lärosäte']) expect(sentence).not.toContain(placed);
    expect(sentence).toMatch(/, Invånare och Övrig aktör$/);
    const mostVoted = across.slice(across.indexOf('### Mest röstat'));
    expect(mostVoted).toMatch(/1\. Brist på finansiering: 3 röster \(Hinder, Norr\)\n2\. Gemensam målbild: 2 röster \(Framgångsfaktor, Söder\)\n3\. Tydligt ledarskap: 1 röst/);
  });

  it('is one escaped, script-free HTML page with a print stylesheet, in English on request', async () => {
    const html = await get('report.html');
    expect(html.status).toBe(200);
    expect(html.type).toContain('text/html');
    expect(html.text).not.toMatch(/<script/i);
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.text).toContain('Länsworkshop &lt;2026&gt;');
    expect(html.text).toContain('@page { size: A4');
    expect(html.text).toContain('.group + .group, .across { break-before: page; }');
    expect(html.text.match(/<section class="group"/g)).toHaveLength(3);

    const english = await get('report.html?lang=en');
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('Who is missing?');
    expect(english.text).toContain('Brist på finansiering <span class="votes">(3 votes)</span>');
  });
});

describe('export.json', () => {
  it('holds every readable element of every board with the group names', async () => {
    const json = await get('export.json');
    const body = JSON.parse(json.text) as { groups: { name: string; elements: Record<string, { kind: string }>; unreadableElements: number }[] };
    expect(body.groups.map((group) => group.name)).toEqual(['Norr', 'Söder', 'Väst']);
    expect(Object.keys(body.groups[0]?.elements ?? {}).sort()).toEqual(['kommun', 'n-f1', 'n-f2', 'n-h1', 'n-h2', 'n-n1', 'region', 'rel']);
    expect(body.groups[2]?.unreadableElements).toBe(1);
  });
});

describe('access', () => {
  it('is read by every role of the workshop and nobody else', async () => {
    expect((await get('report.md', workshop.facilitatorToken)).status).toBe(200);
    expect((await get('notes.csv', workshop.participantToken)).status).toBe(200);
    const other = await createWorkshop(fixture.server.url, { title: 'Annan', groups: 1 });
    expect((await get('report.html', other.facilitatorToken)).status).toBe(403);
    const none = await fetch(`${fixture.server.url}/api/workshops/${workshop.id}/report.html`);
    expect(none.status).toBe(401);
    expect((await get('report.md?lang=fi')).status).toBe(400);
  });

  it('renders a board holding an element nested past the stack, never a 500', async () => {
    const other = await createWorkshop(fixture.server.url, { title: 'Djup', groups: 1 });
    const room = (other.groups[0] as { room: string }).room;
    // Deep elements are refused by the relay now; this writes one straight into the store's
    // journal as an older server would have accepted it.
    const doc = new Y.Doc();
    addDeepElement(doc);
    addCard(doc, 'ok', 'obstacle', 'Läsbart hinder');
    const { SqliteStore } = await import('@samkarta/server');
    const store = new SqliteStore(fixture.dataDir);
    await store.appendUpdates([{ room, update: Y.encodeStateAsUpdate(doc) }]);
    await store.close();
    const response = await fetch(`${fixture.server.url}/api/workshops/${other.id}/report.md`, { headers: { authorization: `Bearer ${other.viewerToken}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('Läsbart hinder');
    expect(text).toContain('1 element på kartan kunde inte läsas');
  });
});
