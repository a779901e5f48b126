import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('techfolio-notices-');
});
afterAll(() => temp.remove());

describe('listDueNotices', () => {
  it('is off until the user turns notifications on, then lists what falls due this week', async () => {
    const backend = await openTestBackend(path.join(temp.dir, 'data'), 'web', { now: () => new Date(2026, 11, 5, 10, 0) });
    try {
      const { api } = backend;
      await api.addTraining({ course: 'First aid at work', completedDate: '2023-12-10', expiryDate: '2026-12-10' });
      expect(await api.listDueNotices()).toEqual({ enabled: false, today: '2026-12-05', notices: [] });
      const profile = await api.getProfile();
      expect(profile.notifyDue).toBeUndefined();
      await api.saveProfile({ ...profile, notifyDue: true });
      const due = await api.listDueNotices();
      expect(due.enabled).toBe(true);
      expect(due.notices.map((n) => [n.title, n.route])).toEqual([['Renew: First aid at work', '/training']]);
    } finally {
      await backend.close();
    }
  });
});
