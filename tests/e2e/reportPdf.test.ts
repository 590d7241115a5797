/**
 * The workshop report in Chromium: the page opens with nothing blocked or failing, and prints
 * to an A4 PDF with a page per group (the PDF is kept as an artifact to look at).
 */
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { artifactPath, chromiumAvailable, launchChromium } from '../helpers/browser.js';
import { createClient, waitStored, waitSynced } from '../helpers/clients.js';
import { addActor, addCard } from '../helpers/plainElements.js';
import { useTestServer } from '../helpers/testServer.js';
import { createWorkshop } from '../helpers/workshops.js';

const fixture = useTestServer();
let browser: Browser | undefined;

beforeAll(async () => {
  if (chromiumAvailable) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!chromiumAvailable)('report in Chromium', () => {
  it('opens and prints to PDF, a page per group', async () => {
    const groupNames = ['Norr', 'Söder', 'Väst'];
    const workshop = await createWorkshop(fixture.server.url, { title: 'Länsworkshop', groups: groupNames });
    for (const [i, group] of workshop.groups.entries()) {
      const client = createClient(fixture.server.wsUrl, { room: group.room, token: workshop.participantToken, workshopId: workshop.id });
      await waitSynced(client);
      addActor(client.doc, 'a', 'kommun', `Kommun ${i}`);
      for (let card = 0; card < 12; card++) {
        addCard(client.doc, `h${card}`, card % 2 ? 'obstacle' : 'enabler', `Lapp ${card} från ${groupNames[i] ?? ''}: brist på tid och resurser`, { attachedTo: card % 3 ? 'a' : undefined, y: card });
      }
      await waitStored(client);
      client.destroy();
    }

    const page = await (browser as Browser).newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setExtraHTTPHeaders({ authorization: `Bearer ${workshop.viewerToken}` });
    const response = await page.goto(`${fixture.server.url}/api/workshops/${workshop.id}/report.html`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('section.group h2').allTextContents()).toEqual(groupNames);
    expect(await page.locator('#missing').textContent()).toContain('Ingen grupp placerade');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(artifactPath('report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A page per group (the title on the first), then the across-groups page; a group fits on one page here.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(groupNames.length + 1);
    expect(problems).toEqual([]);
    // What the printed pages look like, for a person to look at beside the PDF.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: artifactPath('report-print.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
