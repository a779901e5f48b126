import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openTestBackend } from '../../../support/backend';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';
import { PdfFile } from '../../core/pack/pdf-tools';

describe('techfolio pathway', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    const backend = await openTestBackend(temp.dir, 'cli');
    for (const code of ['T1', 'S1', 'D1']) await backend.api.rateCompetence({ frameworkId: 'example-technician-pathway', code, rating: 'developing', date: '2026-05-01' });
    await backend.close();
  });
  afterEach(() => temp.remove());

  it('prints the current level, the target, the gaps and suggested CPD', async () => {
    const run = await runTechfolio(['--data-dir', temp.dir, 'pathway', '--framework', 'example-technician-pathway']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Current level: Level 1: Learning');
    expect(run.out).toContain('Target level:  Level 2: Practising');
    expect(run.out).toMatch(/T1\s+Developing\s+01\/05\/2026/);
    expect(run.out).toContain('Suggested CPD:');
  });

  it('takes --target, and with --out writes the one-page PDF there', async () => {
    const out = path.join(temp.dir, 'summary.pdf');
    const run = await runTechfolio(['--data-dir', temp.dir, 'pathway', '--framework', 'example-technician-pathway', '--target', 'level-3', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Target level:  Level 3: Proficient');
    expect(run.out).toContain(`Wrote ${out}: 1 page`);
    const pdf = new PdfFile(out);
    expect(pdf.check().status).toBe(0);
    expect(pdf.text()).toContain('Still to show for Level 3: Proficient');
  });

  it('exits 1 with the known levels for an unknown --target, and for a framework without levels', async () => {
    const bad = await runTechfolio(['--data-dir', temp.dir, 'pathway', '--framework', 'example-technician-pathway', '--target', 'level-9']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/no level "level-9".*level-1, level-2/);
    const notPathway = await runTechfolio(['--data-dir', temp.dir, 'pathway', '--framework', 'sc-rscitech']);
    expect(notPathway.code).toBe(1);
    expect(notPathway.err).toMatch(/has no levels/);
  });
});
