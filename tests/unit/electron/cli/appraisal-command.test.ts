import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';
import { flatText } from '../../core/pack/cpd-reflections';
import { PdfFile } from '../../core/pack/pdf-tools';
import { docxText } from '../submission/docx-text';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dir: string;
const cli = (...args: string[]) => runTechfolio(['--data-dir', dir, ...args]);

describe('techfolio appraisal', () => {
  beforeAll(async () => {
    temp = await makeTempDir('techfolio-appraisal-cli-');
    dir = path.join(temp.dir, 'data');
    const backend = await openTestBackend(dir, 'cli');
    try {
      const { api } = backend;
      await api.saveProfile({ name: 'Siân Jones', targetRegistrations: [{ frameworkId: 'sc-rscitech' }] });
      await api.addCpd({ title: 'HPLC troubleshooting workshop', startDate: '2025-09-10', hours: 7, category: 'formal', mappings: [{ frameworkId: 'sc-rscitech', code: 'A1', note: '' }], reflection: { model: 'free', answers: { text: 'I now change the guard column before it blocks.' } } });
      await api.addCpd({ title: 'A draft about centrifuges', startDate: '2025-10-10', hours: 3, status: 'draft' });
      await api.addTraining({ course: 'Manual handling', completedDate: '2023-01-10', expiryDate: '2025-01-10' });
      await api.addGoal({ objective: 'Apply for RSciTech', status: 'in-progress', targetDate: '2026-06-30' });
    } finally {
      await backend.close();
    }
  }, 60_000);
  afterAll(() => temp.remove());

  it('writes the PDF with dates in either form, showing the expired training and the reflection, not the draft', async () => {
    const out = path.join(temp.dir, 'appraisal.pdf');
    const run = await cli('appraisal', '--since', '01/04/2025', '--date', '2026-03-31', '--out', out);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Wrote .*appraisal\.pdf: \d+ pages?, /);
    const pdf = new PdfFile(out);
    expect(pdf.check().status).toBe(0);
    const text = flatText(pdf.text());
    expect(text).toContain('Manual handling: expired on 10/01/2025');
    expect(text).toContain('I now change the guard column before it blocks.');
    expect(text).toContain('Newly evidenced: A1');
    expect(text).toContain('Apply for RSciTech');
    expect(text).not.toContain('A draft about centrifuges');
    // Delivered: nothing is left waiting in exports/.
    expect((await readdir(path.join(dir, 'exports'))).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('writes the Word copy with --docx', async () => {
    const out = path.join(temp.dir, 'appraisal.docx');
    const run = await cli('appraisal', '--since', '2025-04-01', '--date', '2026-03-31', '--out', out, '--docx');
    expect(run.code).toBe(0);
    const read = await docxText(out);
    expect(read.headings).toContain('Training compliance');
    expect(read.paragraphs.join('\n')).toContain('Manual handling: expired on 10/01/2025');
  });

  it('refuses a date that is not one, and a last review after this one', async () => {
    const bad = await cli('appraisal', '--since', '31/02/2025', '--out', path.join(temp.dir, 'x.pdf'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--since "31/02/2025" is not a date');
    const late = await cli('appraisal', '--since', '2026-05-01', '--date', '2026-03-31', '--out', path.join(temp.dir, 'x.pdf'));
    expect(late.code).toBe(1);
    expect(late.err).toContain('The last review is after the date of this one');
  });
});
