import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makePdf } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

describe('techfolio check', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  async function portfolioWithEvidence(): Promise<string> {
    const backend = await openTestBackend(temp.dir);
    await backend.api.addCpd({ title: 'Autoclave validation', startDate: '2025-01-01', hours: 2 });
    const { item } = await backend.evidence.addFromBytes('cert.pdf', await makePdf('check'), { title: 'Autoclave certificate' });
    await backend.close();
    return item.kind === 'file' ? backend.evidence.pathFor(item.file.sha256) : '';
  }

  it('passes a healthy portfolio with exit code 0', async () => {
    await portfolioWithEvidence();
    const result = await runTechfolio(['--data-dir', temp.dir, 'check']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('1 CPD records checked');
    expect(result.out).toContain('1 evidence files');
  });

  it('exits 1 and names an evidence file whose content no longer matches its hash', async () => {
    const file = await portfolioWithEvidence();
    await writeFile(file, 'overwritten');
    const result = await runTechfolio(['--data-dir', temp.dir, 'check']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/problem: Evidence "Autoclave certificate" \(cert\.pdf\): the file .* has been changed or damaged/);
    expect(result.err).toContain('1 problem found.');
  });

  it('exits 1 when the store was damaged, saying where it was moved and that it was rebuilt with nothing lost', async () => {
    await portfolioWithEvidence();
    await (await openTestBackend(temp.dir)).close();
    await writeFile(path.join(temp.dir, 'portfolio.json'), '{ not json');
    const result = await runTechfolio(['--data-dir', temp.dir, 'check']);
    expect(result.code).toBe(1);
    expect(result.err).toContain(path.join(temp.dir, 'damaged'));
    expect(result.err).toContain(`rebuilt from ${path.join(temp.dir, 'portfolio.journal')}`);
    expect(result.err).toContain('It holds 1 CPD record, 0 training records, 1 evidence item: nothing you saved has been lost.');
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('exits 1 and names a record citing evidence that is not there', async () => {
    await portfolioWithEvidence();
    const store = path.join(temp.dir, 'portfolio.json');
    const data = JSON.parse(await readFile(store, 'utf8')) as { cpd: { evidenceIds: string[] }[] };
    data.cpd[0]!.evidenceIds = ['vanished-evidence'];
    await writeFile(store, JSON.stringify(data));
    const result = await runTechfolio(['--data-dir', temp.dir, 'check']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('problem: CPD record "Autoclave validation" cites evidence vanished-evidence, which is not in the portfolio.');
  });
});
