import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmissionProfile } from '../../../../core/submission/schema';
import type { Backend } from '../../../../electron/backend';
import { PackService } from '../../../../electron/pack/pack-service';
import { vaultEvidenceSource } from '../../../../electron/pack/vault-evidence-source';
import { prepareSubmission, submissionFolder } from '../../../../electron/submission/prepare-submission';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { loadFramework, makePdf } from '../../core/pack/pack-fixtures';

const FW = 'sc-rscitech';
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let backend: Backend;
let pack: PackService;
let dataDir: string;

beforeAll(async () => {
  temp = await makeTempDir('techfolio-prepare-submission-');
  dataDir = path.join(temp.dir, 'data');
  backend = await openTestBackend(dataDir);
  pack = new PackService({ dataDir, assetsDir: path.resolve('assets'), evidence: vaultEvidenceSource(backend.evidence) });
  await backend.api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: FW }] });
  const certificate = await backend.api.addEvidenceFile({ title: 'Transcript', date: '2018-07-01', fileName: 'transcript.pdf', dataBase64: Buffer.from(await makePdf('Transcript', 60)).toString('base64') });
  await backend.api.addQualification({ title: 'BTEC Level 3 Applied Science', level: 'RQF 3', evidenceIds: [certificate.item.id] });
  await backend.api.saveStatement(FW, 'A1', 'I validated the autoclave cycle.');
}, 60_000);
afterAll(async () => {
  await pack.close();
  await backend.close();
  await temp.remove();
});

const deps = () => ({
  dataDir,
  pack,
  readEvidence: async (sha256: string) => new Uint8Array(await readFile(backend.evidence.pathFor(sha256))),
  keepBrief: () => {},
  frameworkNames: {},
});

describe('prepareSubmission', () => {
  it('never writes a file over its limit: it lists it, says by how much and what to do', async () => {
    const tiny = SubmissionProfile.parse({ id: 'tiny', name: 'Tiny uploads', body: 'Test body', delivery: 'files', documents: [{ type: 'certificates' }, { type: 'cv' }], maxFileBytes: { value: 20_000 } });
    const made = await prepareSubmission(deps(), backend.portfolio.read(), loadFramework(FW), tiny, '2026-11-20');
    expect(made.complete).toBe(false);
    const certificates = made.files.find((f) => f.role === 'certificates')!;
    expect(certificates.status).toBe('not-written');
    expect(certificates.message).toMatch(/^Qualification certificates not written: .* over the 19\.5 KB limit\. Choose fewer pages/);
    const cv = made.files.find((f) => f.role === 'cv')!;
    expect(cv.status).toBe('written');
    expect(cv.bytes).toBeLessThanOrEqual(20_000);
    const inFolder = await readdir(submissionFolder(dataDir, made.submissionId));
    expect(inFolder).toContain(cv.name);
    expect(inFolder).not.toContain(certificates.name);
  }, 120_000);

  it('keeps to a page limit: a document past it is not written', async () => {
    const short = SubmissionProfile.parse({ id: 'short', name: 'Short', body: 'Test body', delivery: 'files', documents: [{ type: 'certificates', maxPages: { value: 10 } }] });
    const made = await prepareSubmission(deps(), backend.portfolio.read(), loadFramework(FW), short, '2026-11-20');
    expect(made.files[0]).toMatchObject({ role: 'certificates', status: 'not-written', pages: 60, maxPages: 10 });
    expect(made.files[0]!.message).toContain('it has 60 pages, over the 10 the body allows');
  }, 60_000);

  it('counts a paste pack in words for an application-wide box, and marks it over its limit', async () => {
    const oneBox = SubmissionProfile.parse({
      id: 'one-box', name: 'One box', body: 'Test body', delivery: 'single-pdf', documents: [{ type: 'application-pack' }],
      fields: [{ id: 'account', label: 'Account of practice', per: 'application', unit: 'words', limit: { value: 5 } }],
      plainTextOnly: { value: true },
    });
    const made = await prepareSubmission(deps(), backend.portfolio.read(), loadFramework(FW), oneBox, '2026-11-20');
    expect(made.fields).toEqual([{ label: 'Account of practice', unit: 'words', count: expect.any(Number), limit: 5, over: true }]);
    // The heading line is pasted too, so it is counted: "A1 Area A: ..." plus the 5-word statement.
    expect(made.fields[0]!.count).toBeGreaterThan(5);
    const paste = await readFile(path.join(submissionFolder(dataDir, made.submissionId), 'Paste into the online form.txt'), 'utf8');
    expect(paste).toContain(`${made.fields[0]!.count} words of at most 5: OVER THE LIMIT`);
    expect(paste).toContain('I validated the autoclave cycle.');
    expect(paste).toContain('The form keeps plain text only');
  }, 60_000);
});
