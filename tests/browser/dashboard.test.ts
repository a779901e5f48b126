import { describe, it } from 'vitest';
import { useSamplePage } from './support/sample-page';
import { poll } from './support/sample-portfolio';

describe('the dashboard on the sample portfolio', () => {
  const env = useSamplePage();

  it('dashboard: shows CPD against the target, readiness for RSciTech, reminders and the monthly figures as a table', async () => {
    const { page, open } = env;
    await open('/', 'Dashboard');
    await poll(() => page.getByRole('meter', { name: 'Institute of Science and Technology' }).getAttribute('aria-valuetext')).toMatch(/ of 30$/);
    await poll(() => page.getByRole('meter', { name: 'RSciTech' }).getAttribute('aria-valuetext')).toMatch(/% ready$/);
    await poll(() => page.getByRole('region', { name: /Reminders/ }).getByText(/Expired|Renew soon|Draft/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show the figures as a table' }).press('Enter');
    await poll(() => page.getByRole('table', { name: /Hours of complete CPD per month/ }).getByRole('row').count()).toBe(13);
    // The chart is loaded lazily; it is a picture only (hidden from assistive technology).
    await poll(() => page.locator('.chart[aria-hidden="true"] .recharts-wrapper').count()).toBe(1);
  });
});
