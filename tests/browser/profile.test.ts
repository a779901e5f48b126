import { describe, it } from 'vitest';
import { useSamplePage } from './support/sample-page';
import { poll } from './support/sample-portfolio';

describe('the profile on the sample portfolio', () => {
  const env = useSamplePage();

  it('profile: shows the sample technician and the career sections', async () => {
    const { page, open } = env;
    await open('/profile', 'Profile');
    await poll(() => page.getByRole('textbox', { name: 'Full name' }).inputValue()).toContain('Siân');
    await page.getByRole('tab', { name: 'Employment' }).click();
    await poll(() => page.getByRole('tabpanel').getByRole('listitem').count()).toBeGreaterThan(0);
  });
});
