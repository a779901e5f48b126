import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('techfolio list with drafts', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('shows a draft marked as one and leaves its hours out of the total', async () => {
    const backend = await openTestBackend(temp.dir);
    await backend.api.addCpd({ title: 'First aid at work', startDate: '2024-11-02', hours: 6 });
    await backend.api.addCpd({ title: 'Notes from the cryo-EM day', startDate: '2025-01-15', hours: 7.5, status: 'draft' });
    await backend.close();

    let out = '';
    expect(await runCli(['--data-dir', temp.dir, 'list'], { out: (t: string) => (out += t), err: () => {}, env: {} })).toBe(0);
    expect(out).toMatch(/^15\/01\/2025\s+7\.5\s+Notes from the cryo-EM day \[draft\]$/m);
    expect(out).toContain('1 record, 6 hours; 1 draft not counted (finish it in the CPD log)');
    expect(out).not.toContain('13.5');
  });
});
