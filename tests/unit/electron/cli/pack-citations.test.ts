import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criterionWording } from '../../../../core/frameworks/criterion-wording';
import { Framework } from '../../../../core/frameworks/schema';
import { Portfolio } from '../../../../core/model/portfolio';
import type { CriterionCitations } from '../../../../core/pack/pack-citations';
import { runTechfolio } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';
import { PdfFile } from '../../core/pack/pdf-tools';

const TODAY = '2026-11-23';
const root = path.resolve(import.meta.dirname, '../../../..');
const SHIPPED = ['sc-rscitech', 'sc-rsci', 'sc-csci', 'ukspec4-engtech', 'ukspec4-ieng', 'psf2023-afhea'];

/** Every internal link in a PDF: the page it sits on and the page it opens (both 1-based). */
async function internalLinks(file: string): Promise<{ from: number; to: number }[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const pages = doc.getPages();
  const pageNumber = new Map(pages.map((p, i) => [p.ref.tag, i + 1]));
  const links: { from: number; to: number }[] = [];
  pages.forEach((page, i) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (const entry of annots.asArray()) {
      const annot = entry instanceof PDFRef ? doc.context.lookup(entry) : entry;
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      // Internal only: a destination in this file, never an action or an address.
      expect(annot.get(PDFName.of('A'))).toBeUndefined();
      const dest = annot.lookup(PDFName.of('Dest'));
      expect(dest).toBeInstanceOf(PDFArray);
      const target = (dest as PDFArray).get(0);
      expect(target).toBeInstanceOf(PDFRef);
      links.push({ from: i + 1, to: pageNumber.get((target as PDFRef).tag)! });
    }
  });
  return links;
}

/** One answer to "what shows this criterion", compared as sets. */
const keyed = (criteria: readonly CriterionCitations[]) =>
  Object.fromEntries(criteria.map((c) => [c.code, { items: c.items.map((i) => `${i.kind}:${i.id}`).sort(), evidence: c.evidence.map((e) => e.id).sort() }]));

describe('the sample portfolio: coverage, the pack and the CLI give one answer', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;
  beforeAll(async () => {
    temp = await makeTempDir();
    dir = path.join(temp.dir, 'data');
    expect((await runTechfolio(['--data-dir', dir, 'sample', '--seed', '5', '--today', TODAY])).code).toBe(0);
  }, 60_000);
  afterAll(() => temp.remove());

  it.each(SHIPPED)('%s: pack --json cites exactly what coverage --json counts; every reference has its page and a link to it; no unconfirmed wording is printed', { timeout: 90_000 }, async (id) => {
    const coverage = await runTechfolio(['--data-dir', dir, 'coverage', '--framework', id, '--as-of', TODAY, '--json']);
    expect(coverage).toMatchObject({ code: 0, err: '' });
    const out = path.join(temp.dir, `${id}.pdf`);
    const pack = await runTechfolio(['--data-dir', dir, 'pack', '--framework', id, '--to', TODAY, '--out', out, '--json']);
    expect(pack.err).toBe('');
    expect(pack.code).toBe(0);
    const covered = JSON.parse(coverage.out) as { criteria: CriterionCitations[] };
    const made = JSON.parse(pack.out) as { made: boolean; pages: number; criteria: CriterionCitations[] };
    expect(made.made).toBe(true);
    expect(keyed(made.criteria)).toEqual(keyed(covered.criteria));

    const pdf = new PdfFile(out);
    expect(pdf.check().status).toBe(0);
    const links = await internalLinks(out);
    const linkedPages = new Set(links.map((l) => l.to));
    for (const c of made.criteria) {
      for (const e of c.evidence) {
        expect(e.page, `${c.code} ${e.label}`).toBeGreaterThan(0);
        // The file starts on that page, under its label, and some reference links there.
        expect(pdf.text(e.page!)).toContain(e.label!);
        expect(linkedPages.has(e.page!)).toBe(true);
      }
    }

    const text = pdf.text();
    expect(text).not.toMatch(/wording pending|\(wording|our summary/i);
    // A summary in our own words is never printed as a criterion's wording.
    const portfolio = Portfolio.parse(JSON.parse(await readFile(path.join(dir, 'portfolio.json'), 'utf8')));
    const framework = Framework.parse(JSON.parse(await readFile(path.join(root, 'assets/frameworks', `${id}.json`), 'utf8')));
    const flat = text.replace(/\s+/g, ' ');
    for (const area of framework.areas) {
      for (const criterion of area.criteria) {
        const wording = criterionWording(framework, criterion.code, portfolio.frameworkOverrides);
        expect(flat).toContain(`${criterion.code} · ${wording.heading}`.replace(/\s+/g, ' ').slice(0, 40));
        if (wording.summary) expect(flat).not.toContain(wording.summary.replace(/\s+/g, ' '));
      }
    }
  });

  it('pack --final refuses while must-fix findings remain, lists them and writes nothing', { timeout: 60_000 }, async () => {
    const out = path.join(temp.dir, 'final.pdf');
    const result = await runTechfolio(['--data-dir', dir, 'pack', '--framework', 'sc-rscitech', '--to', TODAY, '--out', out, '--final']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/ERROR +B1 has no statement yet\./);
    expect(result.err).toMatch(/--final: the pack was not made, because \d+ findings must be fixed first/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('a draft pack says so on every page', { timeout: 60_000 }, async () => {
    const out = path.join(temp.dir, 'draft.pdf');
    const result = await runTechfolio(['--data-dir', dir, 'pack', '--framework', 'sc-rscitech', '--to', TODAY, '--out', out]);
    expect(result.code).toBe(0);
    const errors = (result.out.match(/^ {2}ERROR/gm) ?? []).length;
    expect(errors).toBeGreaterThan(0);
    const pdf = new PdfFile(out);
    for (let page = 1; page <= pdf.pages(); page++) expect(pdf.text(page)).toContain(`DRAFT: ${errors} items to fix before sending`);
  });
});
