/**
 * From the facilitator's wall in Chromium: the report opens in a new tab with every group, and
 * closing the workshop makes a participant's open board read-only until it is reopened.
 */
import { describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { newPage, openBoard, usePageStage } from '../helpers/boardPage.js';
import { createWorkshop } from '../helpers/workshops.js';

const poll = { timeout: 10_000 };

describe.skipIf(!chromiumAvailable)('closing and documenting from the wall', () => {
  const stage = usePageStage();

  it('opens the report and closes and reopens the workshop', async () => {
    const { url } = stage.server;
    const workshop = await createWorkshop(url, { title: 'Länsworkshop', groups: ['Norr', 'Söder'] });
    const wall = await newPage(stage.browser);
    const participant = await newPage(stage.browser);
    const errors: string[] = [];
    for (const page of [wall, participant]) page.on('pageerror', (error) => errors.push(error.message));
    await wall.goto(`${url}${workshop.links.facilitator}`);
    await expect.poll(() => wall.getByTestId('wall-tile').count(), poll).toBe(2);

    const [report] = await Promise.all([wall.context().waitForEvent('page'), wall.getByTestId('report-report.html').click()]);
    await expect.poll(() => report.locator('section.group h2').allTextContents(), poll).toEqual(['Norr', 'Söder']);
    await report.close();

    await openBoard(participant, `${url}/b/${(workshop.groups[0] as { room: string }).room}#t=${workshop.participantToken}`);
    await wall.getByTestId('wall-close').click();
    await expect.poll(() => wall.getByTestId('wall-closed-state').count(), poll).toBe(1);
    await expect.poll(() => participant.getByTestId('access-status').getAttribute('data-state'), poll).toBe('readOnlyClosed');
    expect(await participant.getByTestId('access-status').textContent()).toContain('avslutad');
    await wall.screenshot({ path: artifactPath('wall-closed.png') });

    await wall.getByTestId('wall-close').click();
    await expect.poll(() => wall.getByTestId('wall-closed-state').count(), poll).toBe(0);
    await expect.poll(() => participant.getByTestId('access-status').count(), poll).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);
});
