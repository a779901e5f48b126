import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSamplePage } from './support/sample-page';

describe('the training register on the sample portfolio', () => {
  const env = useSamplePage();

  it('training register: says in words when each course lapses, and exports the renewal dates as a calendar file', async () => {
    const { page, open } = env;
    await open('/training', 'Training');
    const statuses = await page.getByRole('table').locator('.badge').allTextContents();
    expect(statuses.length).toBe(7);
    for (const status of statuses) expect(status).toMatch(/^(Expired on \d\d\/\d\d\/\d{4}|Expires (today|in \d+ days?)|Valid until \d\d\/\d\d\/\d{4}|No expiry)$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export renewal dates (.ics)' }).press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^training-renewals-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = readFileSync((await file.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Renew: ');
  });
});
