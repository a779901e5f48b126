import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../../core/coverage/coverage';
import { Framework } from '../../../../core/frameworks/schema';
import { Portfolio } from '../../../../core/model/portfolio';
import { coverageCitations, type CriterionCitations } from '../../../../core/pack/pack-citations';
import { PackOptions } from '../../../../core/pack/pack-options';
import { planPack } from '../../../../core/pack/pack-plan';
import { writePack } from '../../../../core/pack/write-pack';
import { MapEvidence, loadFonts } from './pack-fixtures';

/**
 * "What shows this criterion" has one answer. These properties generate portfolios with records
 * of every kind mapped by current codes, an old alias, retired and unknown codes and other
 * frameworks, drafts, links to evidence that was deleted, and evidence cited several ways, and
 * check that coverage gives the answer a plain reading of the rules gives, and that the pack
 * cites exactly what coverage counts.
 */

const framework = Framework.parse({
  formatVersion: 1,
  id: 'demo-fw',
  name: 'Demo register',
  shortName: 'Demo',
  awardingBody: 'Demo council',
  edition: '1',
  sourceUrl: 'https://example.org/standard',
  dateChecked: '2026-01-01',
  areas: [
    { code: 'A', heading: 'Knowledge', criteria: [{ code: 'A1', heading: 'One' }, { code: 'A2', heading: 'Two' }] },
    { code: 'B', heading: 'Practice', criteria: [{ code: 'B1', heading: 'Three' }, { code: 'B2', heading: 'Four' }] },
  ],
  aliases: [{ from: 'B9', to: 'B1' }],
  retiredCodes: [{ code: 'A0', heading: 'Old one' }],
});
const CODES = ['A1', 'A2', 'B1', 'B2'] as const;
const ALIAS_TO = new Map([['B1', ['B9']]]);
const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };

const mapping = fc.record({
  frameworkId: fc.constantFrom('demo-fw', 'demo-fw', 'demo-fw', 'other-fw'),
  code: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'B9', 'A0', 'Z7'),
});
const date = fc.integer({ min: 0, max: 4000 }).map((d) => new Date(Date.UTC(2016, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const title = fc.constantFrom('Autoclave run', 'HPLC course', 'Open day', 'Łódź visit', 'Same title', 'Same title');

/** Portfolios with up to a dozen records of each kind; links may name evidence that no longer exists. */
const portfolioArb = fc
  .record({
    evidence: fc.array(fc.record({ title, date, mappings: fc.array(mapping, { maxLength: 4 }) }), { maxLength: 8 }),
    cpd: fc.array(fc.record({ title, date, hours: fc.integer({ min: 1, max: 40 }), draft: fc.boolean(), mappings: fc.array(mapping, { maxLength: 4 }), links: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 3 }) }), { maxLength: 10 }),
    training: fc.array(fc.record({ title, date, mappings: fc.array(mapping, { maxLength: 3 }), links: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 2 }) }), { maxLength: 5 }),
    qualifications: fc.array(fc.record({ title, date, mappings: fc.array(mapping, { maxLength: 3 }), links: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 2 }) }), { maxLength: 4 }),
    outreach: fc.array(fc.record({ title, date, mappings: fc.array(mapping, { maxLength: 3 }), links: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 2 }) }), { maxLength: 4 }),
  })
  .map((g) => {
    const evidenceId = (i: number) => `evidence-${String(i).padStart(4, '0')}`;
    // Links to indexes past the evidence list name files that were deleted.
    const links = (xs: number[]) => xs.map(evidenceId);
    return Portfolio.parse({
      profile: { name: 'Siân Prop' },
      evidence: g.evidence.map((e, i) => ({ ...stamp, id: evidenceId(i), kind: 'note', title: e.title, date: e.date, note: `Note ${i}`, mappings: e.mappings })),
      cpd: g.cpd.map((r, i) => ({ ...stamp, id: `cpd-rec-${String(i).padStart(4, '0')}`, title: r.title, startDate: r.date, hours: r.hours, status: r.draft ? 'draft' : 'complete', mappings: r.mappings, evidenceIds: links(r.links) })),
      training: g.training.map((t, i) => ({ ...stamp, id: `trn-rec-${String(i).padStart(4, '0')}`, course: t.title, completedDate: t.date, mappings: t.mappings, evidenceIds: links(t.links) })),
      qualifications: g.qualifications.map((q, i) => ({ ...stamp, id: `qual-rec-${String(i).padStart(4, '0')}`, title: q.title, dateAwarded: q.date, mappings: q.mappings, evidenceIds: links(q.links) })),
      activities: g.outreach.map((a, i) => ({ ...stamp, id: `out-rec-${String(i).padStart(4, '0')}`, kind: 'outreach', title: a.title, date: a.date, outreachType: 'open-day', mappings: a.mappings, evidenceIds: links(a.links) })),
    });
  });

/** The rules read plainly: a completed item mapped to the code (or an old alias of it) shows it, with the files it links that still exist. */
function expected(portfolio: Portfolio, code: string): { items: Set<string>; evidence: Set<string> } {
  const codes = new Set([code, ...(ALIAS_TO.get(code) ?? [])]);
  const present = new Set(portfolio.evidence.map((e) => e.id));
  const shows = (m: readonly { frameworkId: string; code: string }[]) => m.some((x) => x.frameworkId === framework.id && codes.has(x.code));
  const items = new Set<string>();
  const evidence = new Set<string>();
  const take = (key: string, links: readonly string[]) => {
    items.add(key);
    for (const id of links) if (present.has(id)) evidence.add(id);
  };
  for (const r of portfolio.cpd) if (r.status !== 'draft' && shows(r.mappings)) take(`cpd:${r.id}`, r.evidenceIds);
  for (const t of portfolio.training) if (shows(t.mappings)) take(`training:${t.id}`, t.evidenceIds);
  for (const q of portfolio.qualifications) if (shows(q.mappings)) take(`qualification:${q.id}`, q.evidenceIds);
  for (const e of portfolio.evidence) if (shows(e.mappings)) take(`evidence:${e.id}`, [e.id]);
  for (const a of portfolio.activities) if (shows(a.mappings)) take(`${a.kind}:${a.id}`, a.evidenceIds);
  return { items, evidence };
}

const asSets = (c: CriterionCitations) => ({ items: new Set(c.items.map((i) => `${i.kind}:${i.id}`)), evidence: new Set(c.evidence.map((e) => e.id)) });
const asOf = '2026-12-05';

describe('what shows a criterion', () => {
  it('coverage answers as the rules read plainly, for any portfolio', () => {
    fc.assert(
      fc.property(portfolioArb, (portfolio) => {
        const coverage = coverageOf(portfolio, framework, { asOf });
        for (const code of CODES) {
          const c = coverage.criteria.find((x) => x.code === code)!;
          const want = expected(portfolio, code);
          expect(new Set(c.items.map((i) => `${i.kind}:${i.id}`))).toEqual(want.items);
          expect(new Set(c.evidenceIds)).toEqual(want.evidence);
          // Each item and each file is listed once.
          expect(c.items.length).toBe(want.items.size);
          expect(c.evidenceIds.length).toBe(want.evidence.size);
          expect(c.itemCount).toBe(want.items.size);
          expect(c.gap).toBe(want.items.size === 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the pack plan cites, for every criterion, exactly what coverage counts, each file under one number', () => {
    fc.assert(
      fc.property(portfolioArb, (portfolio) => {
        const plan = planPack(portfolio, framework, { date: asOf });
        const coverage = coverageCitations(coverageOf(portfolio, framework, { asOf }), new Map());
        for (const c of plan.criteria) {
          const planned = { items: new Set(c.citations.map(({ item }) => `${item.kind}:${item.id}`)), evidence: new Set(c.evidence.map((e) => e.item.id)) };
          expect(planned).toEqual(asSets(coverage.find((x) => x.code === c.criterion.code)!));
        }
        const labels = plan.evidence.map((e) => e.label);
        expect(new Set(labels).size).toBe(labels.length);
        expect(labels.every((l) => /^Ev \d+$/.test(l))).toBe(true);
        // The band on a file's pages names exactly the criteria that cite it.
        for (const e of plan.evidence) expect(e.codes).toEqual(plan.criteria.filter((c) => c.evidence.includes(e)).map((c) => c.criterion.code));
      }),
      { numRuns: 300 },
    );
  });

  it('the written pack cites, for every criterion, exactly what coverage counts, with a page for every file', async () => {
    const fonts = loadFonts();
    await fc.assert(
      fc.asyncProperty(portfolioArb, async (portfolio) => {
        const pack = await writePack({ portfolio, framework, options: PackOptions.parse({ frameworkId: framework.id, date: asOf }), fonts, evidence: new MapEvidence() });
        const coverage = coverageCitations(coverageOf(portfolio, framework, { asOf }), new Map());
        expect(pack.citations.map((c) => c.code)).toEqual([...CODES]);
        for (const c of pack.citations) {
          expect(asSets(c)).toEqual(asSets(coverage.find((x) => x.code === c.code)!));
          for (const e of c.evidence) expect(e.page).toBeGreaterThan(0);
          for (const e of c.evidence) expect(e.page).toBeLessThanOrEqual(pack.pages);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
