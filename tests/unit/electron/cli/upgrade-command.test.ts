import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';

describe('techfolio upgrade', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    const backend = await openTestBackend(temp.dir, 'cli');
    await backend.api.saveStatement('sc-rscitech', 'A1', 'I explain why each buffer is used.');
    await backend.api.saveStatement('sc-rscitech', 'B1', 'I run the autoclave unsupervised.');
    await backend.api.saveStatement('sc-rsci', 'B1', 'My own RSci B1.');
    await backend.api.addCpd({ title: 'Buffer chemistry course', startDate: '2026-03-01', hours: 3, mappings: [{ frameworkId: 'sc-rscitech', code: 'A1' }] });
    await backend.close();
  });
  afterEach(() => temp.remove());

  const statementsOf = async () => {
    const backend = await openTestBackend(temp.dir, 'cli');
    try {
      const rsci = await backend.api.getStatement('sc-rsci', 'A1');
      const own = await backend.api.getStatement('sc-rsci', 'B1');
      const cpd = await backend.api.listCpd();
      return { rsci, own, cpd };
    } finally {
      await backend.close();
    }
  };

  it('--dry-run shows the standards side by side and what would be carried, and saves nothing', async () => {
    const run = await runTechfolio(['--data-dir', temp.dir, 'upgrade', '--from', 'sc-rscitech', '--to', 'sc-rsci', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('RSciTech → RSci');
    expect(run.out).toMatch(/RSci A1 \[asks more\]/);
    expect(run.out).toContain('Would carry 1 statement over to RSci as drafts: A1 (from A1).');
    expect(run.out).toContain('Kept your own RSci statements for B1; they were not changed.');
    expect(run.out).toContain('Dry run: nothing was saved.');
    expect((await statementsOf()).rsci).toBeNull();
  });

  it('carries statements and mappings over once; a second run adds nothing', async () => {
    const first = await runTechfolio(['--data-dir', temp.dir, 'upgrade', '--from', 'sc-rscitech', '--to', 'sc-rsci']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Carried 1 statement over to RSci as drafts: A1 (from A1).');
    expect(first.out).toContain('Added 1 mapping to 1 record.');
    const after = await statementsOf();
    expect(after.rsci).toMatchObject({ text: 'I explain why each buffer is used.', carriedOver: { frameworkId: 'sc-rscitech', codes: ['A1'] } });
    expect(after.own?.text).toBe('My own RSci B1.');
    expect(after.cpd[0]!.mappings.map((m) => `${m.frameworkId} ${m.code}`)).toEqual(['sc-rscitech A1', 'sc-rsci A1']);

    const second = await runTechfolio(['--data-dir', temp.dir, 'upgrade', '--from', 'sc-rscitech', '--to', 'sc-rsci']);
    expect(second.out).toContain('No statement to carry over to RSci.');
    expect(second.out).toContain('No mapping to add.');
  });

  it('lists the declared upgrades, and refuses a pair with no declared upgrade', async () => {
    const list = await runTechfolio(['--data-dir', temp.dir, 'upgrade', '--list']);
    expect(list.out).toContain('sc-rscitech → sc-rsci');
    expect(list.out).toContain('sc-rsci → sc-csci');
    expect(list.out).toContain('ukspec4-engtech → ukspec4-ieng');
    const bad = await runTechfolio(['--data-dir', temp.dir, 'upgrade', '--from', 'sc-rsci', '--to', 'sc-rscitech']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/declares no upgrade from RSci/);
  });
});
