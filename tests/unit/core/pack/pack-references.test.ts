import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackOptions } from '../../../../core/pack/pack-options';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { makeTempDir } from '../../../support/temp-dir';
import { MapEvidence, loadFonts, loadFramework, makePdf, makePortfolio } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

/** An assessor looking for what shows a criterion finds it in two steps: the reference, then the page. */

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let pack: WrittenPack;
let pdf: PdfFile;
let links: { from: number; to: number }[];

beforeAll(async () => {
  temp = await makeTempDir('techfolio-refs-');
  const evidence = new MapEvidence();
  const portfolio = makePortfolio(evidence, [{ title: 'Autoclave manual', bytes: await makePdf('Manual', 6), mediaType: 'application/pdf', originalName: 'manual.pdf', codes: ['A1', 'D1'] }]);
  const manual = portfolio.evidence[0]!;
  if (manual.kind !== 'file') throw new Error('fixture');
  manual.pages = '2-3';
  // A certificate linked to a CPD record that shows B1: it reaches B1 through the record.
  const certificate = { ...manual, id: 'certificate-0001', title: 'Course certificate', pages: undefined, mappings: [], file: { ...manual.file, sha256: evidence.add(await makePdf('Certificate', 1)) } };
  portfolio.evidence.push(certificate);
  portfolio.cpd[0]!.mappings = [{ frameworkId: 'sc-rscitech', code: 'B1', note: '' }];
  portfolio.cpd[0]!.evidenceIds = [certificate.id];
  pack = await writePack({ portfolio, framework: loadFramework(), options: PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' }), fonts: loadFonts(), evidence });
  pdf = PdfFile.write(temp.dir, 'refs.pdf', pack.bytes);
  const doc = await PDFDocument.load(pack.bytes);
  const number = new Map(doc.getPages().map((p, i) => [p.ref.tag, i + 1]));
  links = doc.getPages().flatMap((page, i) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return [];
    return annots.asArray().flatMap((entry) => {
      const annot = doc.context.lookup(entry as PDFRef);
      const dest = annot instanceof PDFDict ? annot.lookup(PDFName.of('Dest')) : undefined;
      return dest instanceof PDFArray ? [{ from: i + 1, to: number.get((dest.get(0) as PDFRef).tag)! }] : [];
    });
  });
}, 60_000);
afterAll(() => temp.remove());

const sectionPage = (title: string) => pack.sections.find((s) => s.title === title)!.page;

describe('evidence references in the pack', () => {
  it('prints only the chosen pages of a long document, each labelled with its own page number and the criteria citing it', () => {
    const a1 = pack.citations.find((c) => c.code === 'A1')!;
    const start = a1.evidence[0]!.page!;
    expect(pdf.text(start)).toContain('Manual page 2');
    expect(pdf.text(start)).toMatch(/Ev 1\s+Autoclave manual \(p\. 2 of 6\)/);
    expect(pdf.text(start)).toContain('Cited for A1, D1');
    expect(pdf.text(start + 1)).toContain('Manual page 3');
    const everything = pdf.text();
    expect(everything).not.toContain('Manual page 1');
    expect(everything).not.toContain('Manual page 4');
  });

  it('cites a file linked to a record under the criterion the record shows, with its page', () => {
    const b1 = pack.citations.find((c) => c.code === 'B1')!;
    expect(b1.items.map((i) => i.kind)).toContain('cpd');
    expect(b1.evidence).toEqual([expect.objectContaining({ id: 'certificate-0001', label: 'Ev 2' })]);
    expect(pdf.text(b1.evidence[0]!.page!)).toContain('Certificate page 1');
  });

  it('links every reference to the page its evidence starts on, from the report, the matrix and the index', () => {
    const starts = pack.citations.flatMap((c) => c.evidence.map((e) => e.page!));
    const fromPages = (title: string) => new Set(links.filter((l) => l.from >= sectionPage(title)).map((l) => l.to));
    for (const start of starts) {
      expect(links.some((l) => l.from === sectionPage('Criteria and evidence') && l.to === start)).toBe(true);
      expect(fromPages('Competence report').has(start)).toBe(true);
      expect(links.some((l) => l.from === sectionPage('Evidence index') && l.to === start)).toBe(true);
    }
    // Nothing links anywhere else but the contents' own entries and the evidence.
    const contents = sectionPage('Contents');
    for (const link of links.filter((l) => l.from !== contents)) expect(starts).toContain(link.to);
  });

  it('gives the index each item\'s page and page count, and puts the declaration before the appendix', () => {
    const index = pdf.text(sectionPage('Evidence index'));
    const manualStart = pack.citations.find((c) => c.code === 'A1')!.evidence[0]!.page!;
    expect(index).toMatch(/Pages\s+Page/);
    expect(index).toContain(String(manualStart));
    expect(sectionPage('Declaration')).toBeLessThan(sectionPage('Evidence appendix'));
    expect(sectionPage('Criteria and evidence')).toBe(sectionPage('Contents') + 1);
  });

  it('passes qpdf --check with no warnings', () => {
    expect(pdf.check()).toMatchObject({ status: 0 });
  });
});
