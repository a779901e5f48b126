import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TechfolioApi } from '../../../../core/api/contract';
import type { RouteChecklist } from '../../../../core/checklist/schema';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';
import { makePdf } from '../../core/pack/pack-fixtures';
import { PdfFile } from '../../core/pack/pdf-tools';

const FW = 'sc-rscitech';
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dir: string;

/** Changes the portfolio through the real backend, as the app would, then lets the CLI open it. */
async function withApi(run: (api: TechfolioApi) => Promise<void>): Promise<void> {
  const backend = await openTestBackend(dir, 'cli');
  try {
    await run(backend.api);
  } finally {
    await backend.close();
  }
}

const cli = (...args: string[]) => runTechfolio(['--data-dir', dir, ...args]);
const stateOf = (checklist: RouteChecklist, kind: string) => checklist.items.find((i) => i.kind === kind)?.state;

describe('techfolio checklist, brief and verify-signoff', () => {
  beforeAll(async () => {
    temp = await makeTempDir('techfolio-checklist-cli-');
    dir = path.join(temp.dir, 'data');
    await withApi(async (api) => {
      await api.saveProfile({ name: 'Siân Jones', professionalBodies: [{ bodyId: 'ist' }], targetRegistrations: [{ frameworkId: FW, viaBodyId: 'ist' }] });
      await api.addEmployment({ employer: 'University of Caerdydd', role: 'Laboratory Technician', startDate: '2019-09-01' });
      await api.addQualification({ title: 'BTEC Level 3 Applied Science', level: 'RQF 3' });
      await api.saveStatement(FW, 'A1', 'I validated the autoclave cycle for the teaching labs.');
      await api.saveStatement(FW, 'B1', 'I planned the freezer move.');
    });
  }, 60_000);
  afterAll(() => temp.remove());

  it('lists what is missing, defaulting to the first registration worked towards, and ticks items once fixed', async () => {
    const before = await cli('checklist', '--json');
    expect(before).toMatchObject({ code: 0, err: '' });
    const missing = JSON.parse(before.out) as RouteChecklist;
    expect(missing.frameworkId).toBe(FW);
    expect(stateOf(missing, 'cv')).toBe('done');
    expect(stateOf(missing, 'membership')).toBe('done');
    expect(stateOf(missing, 'nominated-supporter')).toBe('missing');
    expect(stateOf(missing, 'qualifications')).toBe('missing');
    expect(stateOf(missing, 'fees')).toBe('check');
    expect(missing.items.find((i) => i.kind === 'fees')?.detail).toContain('£28');

    await withApi(async (api) => {
      const zoe = await api.addSupporter({ name: 'Zoë Ørsted', email: 'zoe@example.ac.uk' });
      const profile = await api.getProfile();
      await api.saveProfile({ ...profile, targetRegistrations: [{ ...profile.targetRegistrations[0]!, nominatedSupporterId: zoe.id }] });
      const certificate = await api.addEvidenceFile({ title: 'BTEC certificate', date: '2015-07-01', fileName: 'btec.pdf', dataBase64: Buffer.from(await makePdf('Certificate', 1)).toString('base64') });
      const [qualification] = await api.listQualifications();
      await api.updateQualification(qualification!.id, { ...qualification!, evidenceIds: [certificate.item.id] });
      await api.setSupporterStep(FW, 'supporterAgreed', '2026-11-20');
    });
    const after = await cli('checklist', '--framework', FW);
    expect(after.code).toBe(0);
    expect(after.out).toContain('[x] Nominated supporter, with an email address (done)');
    expect(after.out).toContain('Zoë Ørsted (zoe@example.ac.uk)');
    expect(after.out).toContain('[x] Qualification certificates or an equivalency report (done)');
    expect(after.out).toContain('[x] Nominated supporter has agreed (done)');
    expect(after.out).toContain("[ ] Nominated supporter's statement (missing)");
  }, 60_000);

  it('makes a brief, and says whether the statements changed since it was signed, criterion by criterion', async () => {
    const out = path.join(temp.dir, 'brief.pdf');
    const made = await cli('brief', '--out', out);
    expect(made).toMatchObject({ code: 0, err: '' });
    const fingerprint = /Statements fingerprint: ([0-9A-F-]{24})/.exec(made.out)?.[1];
    expect(fingerprint).toBeDefined();
    const pdf = new PdfFile(out);
    expect(pdf.check().status).toBe(0);
    expect(pdf.text(1)).toContain(`Statements fingerprint: ${fingerprint}`);
    expect(pdf.text().replace(/\s+/g, ' ')).toContain('For Zoë Ørsted');

    const unchanged = await cli('verify-signoff', out);
    expect(unchanged.code).toBe(0);
    expect(unchanged.out).toContain(`Unchanged: every statement is as the supporter saw it`);

    await withApi(async (api) => {
      await api.saveStatement(FW, 'B1', 'I planned and led the freezer move.');
    });
    const changed = await cli('verify-signoff', out);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('Changed since the supporter saw the brief');
    expect(changed.out).toContain('B1 · Area B: Personal responsibility: changed');
    expect(changed.out).not.toContain('A1 ·');
  }, 90_000);

  it('refuses a file that carries no fingerprint', async () => {
    const other = PdfFile.write(temp.dir, 'other.pdf', await makePdf('Not a brief', 1));
    const result = await cli('verify-signoff', other.file);
    expect(result.code).toBe(1);
    expect(result.err).toContain('No statements fingerprint could be read');
  }, 60_000);
});
