/**
 * GET /metrics: scrape, drive real traffic through stock providers and a bad raw client,
 * scrape again, and check every family the operators rely on moved.
 */
import { expect, it } from 'vitest';
import { CloseCode } from '@samkarta/shared';
import { createClient, openRaw, waitSynced } from '../helpers/clients.js';
import { metric, refusals, scrape } from '../helpers/metrics.js';
import { waitFor, within } from '../helpers/wait.js';
import { useTestServer } from '../helpers/testServer.js';

const fixture = useTestServer({ compactAfterUpdates: 5 });

it('serves the Prometheus text format', async () => {
  const response = await fetch(`${fixture.server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const body = await response.text();
  for (const family of [
    'samkarta_connections',
    'samkarta_rooms_in_memory',
    'samkarta_messages_in_total',
    'samkarta_bytes_out_total',
    'samkarta_journal_write_seconds',
    'samkarta_compactions_total',
    'samkarta_refusals_total',
  ]) {
    expect(body).toContain(`# TYPE ${family} `);
  }
});

it('counts connections, rooms, traffic, journal writes, compactions and refusals', async () => {
  const before = await scrape(fixture.server.url);

  const writer = createClient(fixture.server.wsUrl, 'metrics-room');
  const reader = createClient(fixture.server.wsUrl, 'metrics-room');
  await Promise.all([waitSynced(writer), waitSynced(reader)]);
  const during = await scrape(fixture.server.url);
  expect(metric(during, 'samkarta_connections')).toBe(metric(before, 'samkarta_connections') + 2);
  expect(metric(during, 'samkarta_rooms_in_memory')).toBe(metric(before, 'samkarta_rooms_in_memory') + 1);

  const list = writer.doc.getArray<number>('list');
  for (let i = 0; i < 12; i++) list.push([i]);
  const readerList = reader.doc.getArray<number>('list');
  await waitFor('reader has all 12 items', () => readerList.length === 12);

  const bad = await openRaw(fixture.server.wsUrl, 'metrics-other');
  bad.send('not binary');
  expect((await within('bad client closed', bad.closed)).code).toBe(CloseCode.unsupportedData);

  await waitFor('a compaction counted', async () => metric(await scrape(fixture.server.url), 'samkarta_compactions_total') > 0);
  const after = await scrape(fixture.server.url);
  for (const counter of ['messages_in', 'bytes_in', 'messages_out', 'bytes_out']) {
    expect(metric(after, `samkarta_${counter}_total`), counter).toBeGreaterThan(metric(before, `samkarta_${counter}_total`));
  }
  // Each of the writer's 12 updates went to the reader at least: 12 messages out beyond the syncs.
  expect(metric(after, 'samkarta_messages_out_total') - metric(before, 'samkarta_messages_out_total')).toBeGreaterThanOrEqual(12);
  expect(metric(after, 'samkarta_journal_write_seconds_count')).toBeGreaterThan(
    metric(before, 'samkarta_journal_write_seconds_count'),
  );
  expect(refusals(after, CloseCode.unsupportedData, 'unsupportedData')).toBe(
    refusals(before, CloseCode.unsupportedData, 'unsupportedData') + 1,
  );
});
