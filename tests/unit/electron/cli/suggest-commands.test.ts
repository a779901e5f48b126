import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('techfolio list --json, suggest and examples', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  const run = async (...args: string[]) => {
    let out = '';
    const code = await runCli(['--data-dir', temp.dir, ...args], { out: (t: string) => (out += t), err: () => {}, env: {} });
    return { code, out };
  };

  it('lists records with ids, suggests criteria for them and ranks examples of a criterion, with reasons', async () => {
    const backend = await openTestBackend(temp.dir);
    const coshh = await backend.api.addCpd({ title: 'Wrote a COSHH assessment for a new solvent', startDate: '2025-02-01', hours: 3, description: 'I checked the safety data sheet and set the PPE for the fume cupboard work.' });
    await backend.api.addCpd({ title: 'Attended the HEaTED conference', startDate: '2025-03-01', hours: 7, description: 'Workshops on career pathways; networking with technicians.' });
    await backend.close();

    const list = await run('list', '--json');
    expect(list.code).toBe(0);
    expect((JSON.parse(list.out) as { id: string; title: string }[]).map((r) => r.id)).toContain(coshh.id);

    const suggest = await run('suggest', '--framework', 'ukspec4-engtech', '--record', coshh.id, '--json');
    const [row] = JSON.parse(suggest.out) as { id: string; suggestions: { code: string; score: number; reasons: string[] }[] }[];
    expect(row!.id).toBe(coshh.id);
    expect(row!.suggestions[0]).toMatchObject({ code: 'E2', score: 100 });
    expect(row!.suggestions[0]!.reasons[0]).toMatch(/^mentions: .*COSHH/);

    const text = await run('suggest', '--framework', 'ukspec4-engtech');
    expect(text.out).toMatch(/Attended the HEaTED conference \(.+\)\n {2}E4 +100 {2}mentions: /);

    const examples = await run('examples', '--framework', 'sc-rscitech', '--criterion', 'B2', '--json');
    const ranked = JSON.parse(examples.out) as { id: string; reasons: string[] }[];
    expect(ranked[0]!.id).toBe(coshh.id);
    expect(ranked[0]!.reasons[0]).toMatch(/mentions: .*COSHH/);
  });
});
