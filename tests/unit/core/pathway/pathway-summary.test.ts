import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Framework } from '../../../../core/frameworks/schema';
import { Portfolio } from '../../../../core/model/portfolio';
import { computePathway } from '../../../../core/pathway/pathway';
import { ratingTrail, writePathwaySummary } from '../../../../core/pathway/pathway-summary';
import { makeTempDir } from '../../../support/temp-dir';
import { loadFonts } from '../pack/pack-fixtures';
import { PdfFile } from '../pack/pdf-tools';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (temp = await makeTempDir('techfolio-pathway-pdf-')));
afterAll(() => temp.remove());

/** A pathway far bigger than a page: 60 competences, every one expected at the top level with a long suggestion. */
const big = Framework.parse({
  formatVersion: 1,
  id: 'big-pathway',
  name: 'A very large technician pathway',
  shortName: 'Big',
  kind: 'career',
  awardingBody: 'Test',
  edition: '1',
  sourceUrl: 'https://example.org/big',
  dateChecked: '2026-01-01',
  areas: [{ code: 'A', heading: 'Everything', criteria: Array.from({ length: 60 }, (_, i) => ({ code: `C${i + 1}`, heading: `Competence number ${i + 1} with a long heading that runs on and on` })) }],
  levels: [{ id: 'top', name: 'Top', expectations: Array.from({ length: 60 }, (_, i) => ({ code: `C${i + 1}`, minimumRating: 'can-teach', suggestedCpd: 'A long suggestion '.repeat(20) })) }],
});

describe('the one-page development summary', () => {
  it('stays on one page for a pathway bigger than a page, counting what it leaves out', async () => {
    const view = computePathway(big, []);
    const made = await writePathwaySummary({ portfolio: Portfolio.parse({ profile: { name: 'Zoë Ŵyn' } }), view, date: '2026-11-23', fonts: loadFonts() });
    const pdf = PdfFile.write(temp.dir, 'big.pdf', made.bytes);
    expect(pdf.check().status).toBe(0);
    expect(pdf.pages()).toBe(1);
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text).toContain('Development summary: Zoë Ŵyn');
    expect(text).toContain('and 40 more competences, listed in the app');
    expect(text).toContain('Page 1 of 1');
    expect(pdf.info().Title).toBe('Development summary (Big): Zoë Ŵyn');
  });

  it('writes a rating trail oldest first, keeping the last three', () => {
    const r = (rating: 'developing' | 'competent' | 'can-teach' | 'not-yet', date: string) => ({ id: `rating-${date}`, frameworkId: 'x', code: 'C1', rating, date, note: '', evidenceIds: [], createdAt: `${date}T00:00:00.000Z` });
    expect(ratingTrail([r('not-yet', '2024-01-01'), r('developing', '2025-01-01')])).toBe('Not yet (01/01/2024) → Developing (01/01/2025)');
    expect(ratingTrail([r('not-yet', '2023-01-01'), r('developing', '2024-01-01'), r('competent', '2025-01-01'), r('can-teach', '2026-01-01')])).toBe('… Developing (01/01/2024) → Competent (01/01/2025) → Can teach it (01/01/2026)');
  });
});
