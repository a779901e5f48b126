import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/program';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

function capture() {
  const io = { out: '', err: '' };
  return { io, cli: { out: (t: string) => (io.out += t), err: (t: string) => (io.err += t), env: {} } };
}

describe('techfolio frameworks, coverage and audit', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('lists every framework with its id, short name and how much wording is pending', async () => {
    const { io, cli } = capture();
    expect(await runCli(['--data-dir', temp.dir, 'frameworks'], cli)).toBe(0);
    expect(io.out).toMatch(/^sc-rscitech\s+RSciTech\s+registration\s+15\s+14 pending\s+Registered Science Technician/m);
    expect(io.out).toMatch(/^sc-cpd-2022\s+SC CPD\s+CPD standard\s+4\s+confirmed/m);
    expect(io.out.match(/^(sc|ukspec4|psf2023|engc)-/gm)).toHaveLength(8);
  });

  it('prints coverage with counts, latest dates, statement words and gaps', async () => {
    const backend = await openTestBackend(temp.dir, 'cli');
    const record = await backend.api.addCpd({ title: 'Autoclave validation', startDate: '2026-02-10', hours: 4 });
    await backend.api.setMappings({ kind: 'cpd', id: record.id }, [{ frameworkId: 'sc-rscitech', code: 'A1', note: '' }]);
    await backend.api.setCriterionOverride('sc-rscitech', 'B1', { formWording: 'Work safely.' });
    await backend.close();

    const { io, cli } = capture();
    expect(await runCli(['--data-dir', temp.dir, 'coverage', '--framework', 'sc-rscitech', '--as-of', '23/11/2026'], cli)).toBe(0);
    expect(io.out).toMatch(/^A1\s+1\s+10\/02\/2026\s+0\s+Apply knowledge of underlying concepts and principles assoc…\s+no statement$/m);
    expect(io.out).toMatch(/^A2\s+0\s+-\s+0\s+Area A: Application of knowledge and understanding \(our sum…\s+GAP: no evidence; no statement; wording pending$/m);
    expect(io.out).toMatch(/^B1\s+0\s+-\s+0\s+Area B: Personal responsibility \(your form: Work safely\.\)\s+GAP/m);
    expect(io.out).toContain('Evidenced: 1 of 15 criteria.');
    expect(io.out).toMatch(/Readiness: 3%/); // A1 scores 0.5 of 15 criteria
  });

  it('refuses an unknown framework id with a message naming the command that lists them', async () => {
    const { io, cli } = capture();
    expect(await runCli(['--data-dir', temp.dir, 'coverage', '--framework', 'sc-nope'], cli)).toBe(1);
    expect(io.err).toContain('techfolio frameworks');
  });

  it('prints each rule of an audit and exits 1 when one fails', async () => {
    const backend = await openTestBackend(temp.dir, 'cli');
    await backend.api.addCpd({ title: 'Fire warden course', startDate: '2025-02-01', hours: 20, category: 'formal' });
    await backend.close();
    const { io, cli } = capture();
    expect(await runCli(['--data-dir', temp.dir, 'audit', '--body', 'iet', '--from', '2025-01-01', '--to', '31/12/2025'], cli)).toBe(1);
    expect(io.out).toContain('IET recommended CPD hours: 01/01/2025 to 31/12/2025');
    expect(io.out).toMatch(/\[FAIL\] About 30 hours a year\n\s+20 of 30 hours/);
    expect(io.out).toContain('- 10 more hours needed in this period.');
  });

  it('exits 0 when every rule passes', async () => {
    const backend = await openTestBackend(temp.dir, 'cli');
    await backend.api.addCpd({ title: 'MSc module', startDate: '2025-02-01', hours: 30 });
    await backend.close();
    const { io, cli } = capture();
    expect(await runCli(['--data-dir', temp.dir, 'audit', '--body', 'iet', '--from', '2025-01-01', '--to', '2025-12-31'], cli)).toBe(0);
    expect(io.out).toContain('[PASS] About 30 hours a year');
  });

  it('refuses an unknown body and a date that does not exist', async () => {
    const first = capture();
    expect(await runCli(['--data-dir', temp.dir, 'audit', '--body', 'nasa'], first.cli)).toBe(1);
    expect(first.io.err).toContain('science-council, engineering-council, rsb, iet, hcpc');
    const second = capture();
    expect(await runCli(['--data-dir', temp.dir, 'audit', '--body', 'rsb', '--from', '31/02/2025'], second.cli)).toBe(1);
    expect(second.io.err).toContain('--from "31/02/2025" is not a date');
  });
});
