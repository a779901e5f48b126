import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../support/backend';
import { seriousAxeFindings } from './support/axe';
import { useBrowserWithHost } from './support/browser-with-host';

const FW = 'sc-rscitech';
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The Monday after today, as the plan's first day: the plan then starts in the future whenever the test runs. */
function nextMonday(): string {
  const d = new Date();
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7 || 7));
  return iso(d);
}

describe('Plan my application in real Chromium', () => {
  const env = useBrowserWithHost(async (dataDir) => {
    const backend = await openTestBackend(dataDir);
    try {
      await backend.api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: FW }] });
      await backend.api.saveStatement(FW, 'A1', 'I plan and run the weekly autoclave validation for the teaching labs.');
    } finally {
      await backend.close();
    }
  });

  it('plans sessions of the length, days, time and number a week typed into the form, and the calendar file has those times and durations', { timeout: 120_000 }, async () => {
    const from = nextMonday();
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await page.goto(env.host.launchUrl);
    const card = page.getByRole('region', { name: 'Plan my application: RSciTech' });
    await expect.poll(() => card.isVisible(), { timeout: 15_000 }).toBe(true);
    const form = card.getByRole('form', { name: 'When can you write?' });
    await form.getByLabel('Sessions a week').fill('3');
    await form.getByLabel('Minutes each').fill('45');
    for (const day of ['Tuesday', 'Thursday']) await form.getByRole('checkbox', { name: day }).uncheck();
    for (const day of ['Monday', 'Wednesday', 'Friday']) await form.getByRole('checkbox', { name: day }).check();
    await form.getByLabel('Start time').fill('07:45');
    await form.getByLabel('From (YYYY-MM-DD)').fill(from);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await form.getByRole('button', { name: 'Plan the sessions' }).click();

    const next = card.getByText(/^Next session:/);
    await expect.poll(() => next.isVisible(), { timeout: 15_000 }).toBe(true);
    // 45 minutes holds one criterion at 30 minutes each; A1 is written, so A2 comes first.
    expect(await next.locator('xpath=..').textContent()).toMatch(/^Next session: .+ at 07:45, 45 minutes: A2\.$/);
    expect(await seriousAxeFindings(page)).toEqual([]);

    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Add to my calendar (.ics)' }).click();
    const download = await downloading;
    const icsPath = path.join(env.dataDir, 'plan-download.ics');
    await download.saveAs(icsPath);

    // Read back with ical.js: the host's wall-clock time (the same zone as this test) written in UTC.
    const events = new ICAL.Component(ICAL.parse(await readFile(icsPath, 'utf8'))).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(14); // 15 criteria, A1 written: one session each.
    const weeks = new Map<string, number>();
    for (const event of events) {
      expect(event.startDate.isDate).toBe(false);
      expect(event.startDate.zone.tzid).toBe('UTC');
      const start = event.startDate.toJSDate();
      const end = event.endDate.toJSDate();
      expect([start.getHours(), start.getMinutes()]).toEqual([7, 45]);
      expect((end.getTime() - start.getTime()) / 60_000).toBe(45);
      expect(['Mon', 'Wed', 'Fri']).toContain(start.toDateString().slice(0, 3));
      expect(iso(start) >= from).toBe(true);
      const monday = new Date(start);
      monday.setDate(start.getDate() - ((start.getDay() + 6) % 7));
      weeks.set(iso(monday), (weeks.get(iso(monday)) ?? 0) + 1);
    }
    expect(Math.max(...weeks.values())).toBe(3);
    expect(events[0]!.summary).toBe('Write RSciTech A2');
  });
});
