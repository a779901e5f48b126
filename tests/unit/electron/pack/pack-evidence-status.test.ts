import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { runCli } from '../../../../electron/cli/program';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { brokenFormPdf, plainPdf, qpdfEncrypted } from '../../core/pack/broken-pdfs';
import { MapEvidence, makePdf, makePortfolio } from '../../core/pack/pack-fixtures';
import { PdfFile } from '../../core/pack/pdf-tools';

/** How each evidence item was printed, from the worker through the pack service to `techfolio pack --json`. */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let backend: Backend;

beforeEach(async () => {
  temp = await makeTempDir('techfolio-pack-status-');
  backend = await openTestBackend(path.join(temp.dir, 'data'));
  const records = makePortfolio(new MapEvidence());
  backend.portfolio.update((current) => ({ next: { ...current, ...records, evidence: [] }, result: null }));
  const add = (name: string, bytes: Uint8Array, title: string) => backend.evidence.addFromBytes(name, bytes, { title, date: '2025-04-01', mappings: [{ frameworkId: 'sc-rscitech', code: 'A1' }] });
  await add('induction.pdf', await makePdf('Induction', 1), 'Induction record');
  await add('form.pdf', brokenFormPdf(), 'Filled induction form');
  await add('locked.pdf', qpdfEncrypted(temp.dir, 'locked', plainPdf('Locked'), 'secret'), 'Locked certificate');
});
afterEach(async () => {
  await backend.close();
  await temp.remove();
});

describe('techfolio pack --json', { timeout: 120_000 }, () => {
  it('says for each evidence item how it was printed, with its label and first page', async () => {
    await backend.close();
    const out: string[] = [];
    const file = path.join(temp.dir, 'pack.pdf');
    const code = await runCli(['--data-dir', path.join(temp.dir, 'data'), 'pack', '--framework', 'sc-rscitech', '--out', file, '--to', '2026-11-20', '--json'], { out: (t) => out.push(t), err: () => {}, env: {} });
    backend = await openTestBackend(path.join(temp.dir, 'data'));
    expect(code).toBe(0);
    const report = JSON.parse(out.join('')) as { pages: number; evidence: { label: string; title: string; status: string; reason?: string; page: number; pages: number }[] };
    const byTitle = Object.fromEntries(report.evidence.map((e) => [e.title, e]));
    expect(byTitle['Induction record']).toMatchObject({ status: 'pages', pages: 1 });
    expect(byTitle['Filled induction form']).toMatchObject({ status: 'rendered', reason: 'cannot-copy', pages: 3 });
    expect(byTitle['Locked certificate']).toMatchObject({ status: 'placeholder', reason: 'needs-password', pages: 1 });
    const pdf = new PdfFile(file);
    for (const item of report.evidence) {
      expect(item.label).toMatch(/^Ev \d+$/);
      // The first page named is the item's own: its label strip starts with its evidence number.
      expect(pdf.text(item.page)).toContain(item.label);
    }
    expect(pdf.text(byTitle['Filled induction form']!.page)).toContain('Rendered image of page 1');
    expect(pdf.text(byTitle['Locked certificate']!.page)).toContain('needs a password to open');
    expect(pdf.check().status).toBe(0);
  });
});
