import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TechfolioApi } from '../../../../core/api/contract';
import { criterionWording } from '../../../../core/frameworks/criterion-wording';
import type { PreparedSubmission } from '../../../../core/submission/prepared';
import { SubmissionProfile } from '../../../../core/submission/schema';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';
import { loadFramework, makePdf } from '../../core/pack/pack-fixtures';
import { PdfFile } from '../../core/pack/pdf-tools';
import { noisyPhoto } from '../pack/image-fixtures';
import { docxText } from '../submission/docx-text';

const FW = 'ukspec4-engtech';
const framework = loadFramework(FW);
const codes = framework.areas.flatMap((a) => a.criteria.map((c) => c.code));
const statementOf = (code: string) => `For ${code} I recalibrated the tensile tester and wrote the procedure my team now follows, checking each step against the standard.`;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dir: string;
const cli = (...args: string[]) => runTechfolio(['--data-dir', dir, ...args]);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function withApi(run: (api: TechfolioApi) => Promise<void>): Promise<void> {
  const backend = await openTestBackend(dir, 'cli');
  try {
    await run(backend.api);
  } finally {
    await backend.close();
  }
}

describe('techfolio submission', () => {
  const profile = SubmissionProfile.parse(JSON.parse(readFileSync(path.resolve('assets/submission-profiles/iet-career-manager.json'), 'utf8')));
  const limit = profile.maxFileBytes!.value;

  beforeAll(async () => {
    temp = await makeTempDir('techfolio-submission-cli-');
    dir = path.join(temp.dir, 'data');
    await withApi(async (api) => {
      const supporter = await api.addSupporter({ name: 'Zoë Ørsted', email: 'zoe@example.ac.uk' });
      await api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: FW, nominatedSupporterId: supporter.id }] });
      await api.addEmployment({ employer: 'University of Caerdydd', role: 'Mechanical Workshop Technician', startDate: '2019-09-01', description: 'I run the materials testing lab.' });
      const longCertificate = await api.addEvidenceFile({ title: 'Apprenticeship certificate and transcript', date: '2018-07-01', fileName: 'transcript.pdf', dataBase64: base64(await makePdf('Transcript', 60)) });
      const photoCertificate = await api.addEvidenceFile({ title: 'BTEC certificate (photo)', date: '2016-07-01', fileName: 'btec.jpg', dataBase64: base64(await noisyPhoto()) });
      await api.addQualification({ title: 'Advanced Apprenticeship in Engineering', level: 'RQF 3', evidenceIds: [longCertificate.item.id, photoCertificate.item.id] });
      // Three different 4032×3024 photos (mirrored copies of one noisy photo): the same bytes would be kept once.
      for (const [i, code] of ['A1', 'B1'].entries()) {
        const photo = await (i === 0 ? sharp(await noisyPhoto()).flop() : sharp(await noisyPhoto()).flip()).jpeg({ quality: 92 }).toBuffer();
        expect(await sharp(photo).metadata()).toMatchObject({ width: 4032, height: 3024 });
        const added = await api.addEvidenceFile({ title: `Rig photo ${i + 1}`, date: '2025-05-01', fileName: `rig-${i}.jpg`, dataBase64: base64(photo), mappings: [{ frameworkId: FW, code, note: '' }] });
        expect(added.outcome).toBe('added');
      }
      for (const code of codes) await api.saveStatement(FW, code, statementOf(code));
    });
  }, 120_000);
  afterAll(() => temp.remove());

  it('writes one PDF per document type, each under 0.5 MB, from 4032×3024 photos and a 60-page certificate', async () => {
    const out = path.join(temp.dir, 'iet');
    const run = await cli('submission', '--out', out, '--json');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const made = JSON.parse(run.out) as PreparedSubmission;
    expect(made.profileId).toBe('iet-career-manager');
    expect(made.complete).toBe(true);

    const pdfs = made.files.filter((f) => f.role !== 'word-copy' && f.role !== 'paste-pack');
    expect(pdfs.map((f) => f.role).sort()).toEqual(profile.documents.map((d) => d.type).sort());
    for (const file of pdfs) {
      expect(file.status, file.name).toBe('written');
      expect(file.name.endsWith('.pdf'), file.name).toBe(true);
      const onDisk = path.join(out, file.name);
      expect((await stat(onDisk)).size, file.name).toBeLessThanOrEqual(limit);
      expect(file.bytes).toBe((await stat(onDisk)).size);
      const pdf = new PdfFile(onDisk);
      expect(pdf.check().status, file.name).toBe(0);
      expect(pdf.pages()).toBe(file.pages);
      const maxPages = profile.documents.find((d) => d.type === file.role)?.maxPages?.value;
      if (maxPages !== undefined) expect(pdf.pages()).toBeLessThanOrEqual(maxPages);
    }
    // Every certificate in one document, as the IET asks: the 60 pages and the photo.
    const certificates = pdfs.find((f) => f.role === 'certificates')!;
    expect(new PdfFile(path.join(out, certificates.name)).pages()).toBe(61);
    expect(new PdfFile(path.join(out, certificates.name)).text(60)).toContain('Transcript page 60');
    // The pack had to shrink its photos to fit, and says so.
    expect(pdfs.find((f) => f.role === 'competence-report')!.message).toMatch(/images printed at \d+ dpi to fit/);
    // Shrunk, not dropped: both photos are still in the competence report.
    const report = new PdfFile(path.join(out, pdfs.find((f) => f.role === 'competence-report')!.name)).text();
    for (const title of ['Rig photo 1', 'Rig photo 2']) expect(report).toContain(title);
    // The form's boxes have advice only (about 3,000 characters), no hard limit: nothing is marked over.
    expect(made.fields.every((f) => f.limit === undefined && !f.over)).toBe(true);
    // Nothing else is in the folder: no file slipped past the checks.
    expect((await readdir(out)).sort()).toEqual(made.files.filter((f) => f.status === 'written').map((f) => f.name).sort());
  }, 300_000);

  it('writes a Word copy of the competence report with every criterion heading and statement, and a paste pack counted in characters', async () => {
    const out = path.join(temp.dir, 'iet-word');
    const run = await cli('submission', '--framework', FW, '--profile', 'iet-career-manager', '--out', out, '--json');
    const made = JSON.parse(run.out) as PreparedSubmission;
    const report = made.files.find((f) => f.role === 'word-copy' && f.name.includes('competence report'))!;
    const text = await docxText(path.join(out, report.name));
    for (const code of codes) {
      const w = criterionWording(framework, code, []);
      expect(text.headings).toContain(`${w.code} ${w.heading}`);
      expect(text.paragraphs).toContain(statementOf(code));
    }
    const cv = await docxText(path.join(out, made.files.find((f) => f.role === 'word-copy' && f.name.startsWith('CV'))!.name));
    expect(cv.headings).toEqual(expect.arrayContaining(['Employment history', 'Mechanical Workshop Technician, University of Caerdydd', 'Qualifications']));

    const paste = await readFile(path.join(out, 'Paste into the online form.txt'), 'utf8');
    expect(made.fields).toHaveLength(codes.length);
    for (const field of made.fields) {
      expect(field.unit).toBe('characters');
      expect(field.count).toBe([...statementOf(field.code!)].length);
      expect(paste).toContain(`${field.count} characters (about 3000 suggested)`);
    }
    for (const code of codes) expect(paste).toContain(statementOf(code));
  }, 300_000);

  it('refuses an unknown profile, naming the ones there are', async () => {
    const run = await cli('submission', '--profile', 'no-such-body', '--out', path.join(temp.dir, 'none'));
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('generic');
    expect(run.err).toContain('iet-career-manager');
  }, 60_000);
});
