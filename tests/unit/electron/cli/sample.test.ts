import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scienceCouncilCategories } from '../../../../core/cpd/categories';
import { reflectionModels } from '../../../../core/cpd/reflection-models';
import { Portfolio } from '../../../../core/model/portfolio';
import { COVERED_RSCITECH, SAMPLE_HOLDER } from '../../../../electron/sample/sample-content';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';

const TODAY = '2026-11-23';
const RSCITECH = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2'];

async function readPortfolio(dir: string): Promise<Portfolio> {
  return Portfolio.parse(JSON.parse(await readFile(path.join(dir, 'portfolio.json'), 'utf8')));
}

/** The content without what the store generates (ids, times), for comparing two runs. */
function content(p: Portfolio): unknown {
  return JSON.parse(JSON.stringify(p, (key, value: unknown) => (['id', 'createdAt', 'updatedAt', 'savedAt', 'evidenceIds', 'cpdRecordIds'].includes(key) ? undefined : value)));
}

describe('techfolio sample', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => (temp = await makeTempDir()));
  afterEach(() => temp.remove());

  it('fills a fresh folder with a realistic portfolio that then passes techfolio check', { timeout: 60_000 }, async () => {
    const dir = path.join(temp.dir, 'fresh');
    const sample = await runTechfolio(['--data-dir', dir, 'sample', '--seed', '3', '--today', TODAY]);
    expect(sample).toMatchObject({ code: 0, err: '' });
    expect(sample.out).toContain('36 CPD records');
    const check = await runTechfolio(['--data-dir', dir, 'check']);
    expect(check).toMatchObject({ code: 0, err: '' });
    expect(check.out).toContain('The portfolio is in good order');

    const p = await readPortfolio(dir);
    expect(p.profile.name).toBe(SAMPLE_HOLDER);
    expect([...SAMPLE_HOLDER].some((ch) => ch.codePointAt(0)! > 0x7f)).toBe(true);

    // Three years of CPD with varied categories, some drafts, Science Council reflections and tags.
    const dates = p.cpd.map((r) => r.startDate).sort();
    expect(differenceInCalendarDays(parseISO(TODAY), parseISO(dates[0]!))).toBeGreaterThan(3 * 365 - 20);
    expect(dates.at(-1)! < TODAY).toBe(true);
    expect(new Set(p.cpd.map((r) => r.category)).size).toBeGreaterThanOrEqual(4);
    // Categories are the scheme's own ids, or the CPD rules and the dashboard cannot count them.
    const knownCategories = new Set(scienceCouncilCategories.categories.map((c) => c.id));
    expect(p.cpd.filter((r) => !knownCategories.has(r.category ?? '')).map((r) => r.category)).toEqual([]);
    expect(p.cpd.some((r) => r.status === 'draft')).toBe(true);
    const complete = p.cpd.filter((r) => r.status === 'complete');
    const promptIds = new Set(reflectionModels['science-council'].prompts.map((prompt) => prompt.id));
    for (const r of complete) {
      expect(r.reflection.model).toBe('science-council');
      expect(Object.keys(r.reflection.answers).filter((id) => !promptIds.has(id))).toEqual([]);
      expect(Object.keys(r.reflection.answers)).toEqual(expect.arrayContaining(['what-i-did', 'benefit-to-practice']));
      expect(r.tags.length).toBeGreaterThan(0);
    }
    // One kind of record deliberately leaves the benefit to users unanswered, so the CPD rules have a gap to show.
    const withoutUsers = complete.filter((r) => !r.reflection.answers['benefit-to-users']);
    expect(new Set(withoutUsers.map((r) => r.title))).toEqual(new Set(['Reading: Technician Commitment progress report']));

    // Training: some expired, some expiring within 60 days of today.
    const daysLeft = p.training.flatMap((t) => (t.expiryDate ? [differenceInCalendarDays(parseISO(t.expiryDate), parseISO(TODAY))] : []));
    expect(daysLeft.some((d) => d < 0)).toBe(true);
    expect(daysLeft.some((d) => d >= 0 && d <= 60)).toBe(true);

    // Evidence: PDF certificates and JPEG photos, really those types, cited by records.
    const files = p.evidence.flatMap((e) => (e.kind === 'file' ? [e.file] : []));
    expect(files.filter((f) => f.mediaType === 'application/pdf').length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.mediaType === 'image/jpeg').length).toBeGreaterThanOrEqual(2);
    const firstPdf = files.find((f) => f.mediaType === 'application/pdf')!;
    const pdfBytes = await readFile(path.join(dir, 'evidence', firstPdf.sha256.slice(0, 2), firstPdf.sha256));
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(p.cpd.some((r) => r.evidenceIds.length > 0) && p.training.some((t) => t.evidenceIds.length > 0)).toBe(true);

    expect(p.supporters.length).toBeGreaterThanOrEqual(2);
    expect(p.goals.length).toBeGreaterThanOrEqual(2);
    expect(p.employment.length).toBeGreaterThanOrEqual(1);

    // Partial RSciTech coverage with named gaps, and a few UK-SPEC EngTech mappings.
    const mapped = [...p.cpd, ...p.training, ...p.qualifications].flatMap((r) => r.mappings).concat(p.evidence.flatMap((e) => e.mappings));
    const rsciCodes = new Set(mapped.filter((m) => m.frameworkId === 'sc-rscitech').map((m) => m.code));
    expect([...rsciCodes].sort()).toEqual([...COVERED_RSCITECH].sort());
    expect(RSCITECH.filter((c) => !rsciCodes.has(c))).toEqual(['A3', 'B3', 'B4', 'C3', 'D2', 'D3', 'E2']);
    expect(mapped.some((m) => m.frameworkId === 'ukspec4-engtech')).toBe(true);
    expect(p.statements.filter((s) => s.frameworkId === 'sc-rscitech').map((s) => s.code)).toEqual(expect.arrayContaining(['A1', 'A2']));
  });

  it('gives the same content for the same seed and day', { timeout: 60_000 }, async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => path.join(temp.dir, n)) as [string, string, string];
    await runTechfolio(['--data-dir', a, 'sample', '--seed', '11', '--today', TODAY]);
    await runTechfolio(['--data-dir', b, 'sample', '--seed', '11', '--today', TODAY]);
    await runTechfolio(['--data-dir', c, 'sample', '--seed', '12', '--today', TODAY]);
    expect(content(await readPortfolio(a))).toEqual(content(await readPortfolio(b)));
    expect(content(await readPortfolio(a))).not.toEqual(content(await readPortfolio(c)));
  });

  it('refuses a portfolio that has records, and with --force backs it up and replaces it', { timeout: 60_000 }, async () => {
    const dir = path.join(temp.dir, 'used');
    await runTechfolio(['--data-dir', dir, 'sample', '--today', TODAY]);
    const refused = await runTechfolio(['--data-dir', dir, 'sample', '--today', TODAY]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already has records; the sample was not written\. Use --force/);
    expect(refused.err).not.toMatch(/\n\s+at /);

    const forced = await runTechfolio(['--data-dir', dir, 'sample', '--force', '--seed', '5', '--today', TODAY]);
    expect(forced.code).toBe(0);
    expect(forced.err).toMatch(/backed up to portfolio-.*-before-sample\.json/);
    expect((await readPortfolio(dir)).cpd).toHaveLength(36);
    expect((await runTechfolio(['--data-dir', dir, 'check'])).code).toBe(0);
  });

  it('exits 2 on a bad seed or day, naming the problem', async () => {
    const bad = await runTechfolio(['--data-dir', temp.dir, 'sample', '--today', '23/11/2026']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('YYYY-MM-DD');
  });
});
