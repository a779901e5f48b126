import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { Framework } from '../../core/frameworks/schema';
import { CpdRecord } from '../../core/model/cpd-record';
import { Portfolio } from '../../core/model/portfolio';
import { Flow } from '../../core/pack/flow';
import { createPackDocument, type FontBytes } from '../../core/pack/pack-document';
import { planPack, type PackPlan } from '../../core/pack/pack-plan';
import { drawCompetenceReport } from '../../core/pack/competence-report';
import { drawCpdRecord } from '../../core/pack/cpd-section';
import type { SectionMark } from '../../core/pack/pack-sections';
import { EvidencePageRefs } from '../../core/pack/page-refs';
import { Typesetter } from '../../core/pack/typesetter';
import { SeededRandom } from '../../electron/sample/seeded-random';
import { readPackFonts } from '../../electron/pack/pack-fonts';
import { loadBuiltInFrameworks } from '../../electron/services/framework-files';
import { asciiParagraph } from './bench-text';
import type { Figure } from './figures';
import { BENCH_TODAY, FRAMEWORK_ID, RSCITECH_CODES, cpdInputs } from './generate-portfolio';
import { median } from './stats';

export const LAYOUT_RATIO = 2;

/** Every character outside printable ASCII made ASCII, so WinAnsi (Helvetica) can draw the same text. */
const asciiOnly = <T>(value: T): T =>
  JSON.parse(
    JSON.stringify(value)
      .replace(/[‘’“”]/g, "'")
      .replace(/[–—]/g, '-')
      .replace(/[^\x20-\x7e]/g, '-'),
  ) as T;

/** A plan with a long statement for every RSciTech criterion and a few hundred CPD records, all ASCII. */
function layoutPlan(framework: Framework, seed: number): PackPlan {
  const random = new SeededRandom(seed);
  const at = `${BENCH_TODAY}T09:00:00.000Z`;
  const cpd = cpdInputs(200, seed).map((input, i) => CpdRecord.parse({ ...input, evidenceIds: [], id: `cpd-${String(i).padStart(6, "0")}`, createdAt: at, updatedAt: at }));
  const statements = RSCITECH_CODES.map((code) => ({ frameworkId: FRAMEWORK_ID, code, text: [1, 2, 3, 4].map(() => asciiParagraph(random, 6)).join('\n\n'), updatedAt: at }));
  const portfolio = Portfolio.parse(asciiOnly({ profile: { name: 'Sian Lukasz-Overgaard' }, cpd, statements }));
  return planPack(portfolio, asciiOnly(framework), { date: BENCH_TODAY });
}

type FontChoice = 'embedded' | 'standard';

/** Lays out `chunks` times the competence report and the CPD table, then saves; returns the page count. */
async function layOut(plan: PackPlan, fontBytes: FontBytes, choice: FontChoice, chunks: number | ((pages: number) => boolean)): Promise<{ pages: number; chunks: number; bytes: number }> {
  let flow: Flow;
  if (choice === 'embedded') {
    const { doc, fonts, type } = await createPackDocument(fontBytes);
    flow = new Flow(doc, type, fonts);
  } else {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
    flow = new Flow(doc, new Typesetter(), { regular, bold });
  }
  const marks: SectionMark[] = [];
  let done = 0;
  const more = () => (typeof chunks === 'number' ? done < chunks : chunks(flow.doc.getPageCount()));
  while (more()) {
    flow.newPage();
    drawCompetenceReport(flow, plan, marks, new EvidencePageRefs());
    flow.newPage();
    drawCpdRecord(flow, plan.cpd, plan.period);
    done++;
  }
  const bytes = await flow.doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  return { pages: flow.doc.getPageCount(), chunks: done, bytes: bytes.length };
}

/**
 * Statements and CPD tables laid out by the pack's own Flow and Typesetter in the embedded
 * DejaVu fonts, against the same text in Helvetica (a standard font, nothing embedded). The
 * number of repeats is fixed by the embedded run reaching `pages`; both runs draw exactly that text.
 */
export async function benchLayout(options: { assetsDir: string; pages: number; runs: number; seed: number; log: (line: string) => void }): Promise<{ figures: Figure[]; details: object }> {
  const framework = (await loadBuiltInFrameworks(options.assetsDir)).find((f) => f.id === FRAMEWORK_ID);
  if (!framework) throw new Error(`The ${FRAMEWORK_ID} framework is not in ${path.join(options.assetsDir, 'frameworks')}.`);
  const fonts = await readPackFonts(options.assetsDir);
  const plan = layoutPlan(framework, options.seed);
  // Calibrate, and warm up both paths once (the first run pays for loading code).
  const calibration = await layOut(plan, fonts, 'embedded', (pages) => pages < options.pages);
  await layOut(plan, fonts, 'standard', calibration.chunks);

  const embedded: number[] = [];
  const standard: number[] = [];
  let pages = { embedded: 0, standard: 0 };
  for (let run = 1; run <= options.runs; run++) {
    let started = performance.now();
    const e = await layOut(plan, fonts, 'embedded', calibration.chunks);
    embedded.push(performance.now() - started);
    started = performance.now();
    const s = await layOut(plan, fonts, 'standard', calibration.chunks);
    standard.push(performance.now() - started);
    pages = { embedded: e.pages, standard: s.pages };
    options.log(`  layout run ${run}/${options.runs}: embedded ${embedded.at(-1)!.toFixed(0)} ms (${e.pages} pages), Helvetica ${standard.at(-1)!.toFixed(0)} ms (${s.pages} pages)`);
  }
  return {
    figures: [
      {
        id: 'layout.time',
        name: `Text layout: ${pages.embedded} pages of statements and CPD tables, embedded font`,
        unit: 'ms',
        value: median(embedded),
        baseline: { name: `same text in Helvetica, ${pages.standard} pages`, value: median(standard) },
        budget: { kind: 'ratio', max: LAYOUT_RATIO },
        note: `median of ${options.runs}`,
      },
    ],
    details: { embeddedMs: embedded, standardMs: standard, pages, repeats: calibration.chunks },
  };
}
