import type { PDFPage } from '@cantoo/pdf-lib';
import { parseISO } from 'date-fns';
import type { Framework } from '../frameworks/schema';
import type { Portfolio } from '../model/portfolio';
import { drawCompetenceReport } from './competence-report';
import { drawCpdRecord } from './cpd-section';
import { drawDeclaration } from './declaration';
import { stampDraftBand } from './draft-band';
import { writeEvidenceAppendix, type ImagePreparer } from './evidence-appendix';
import type { EvidencePrinted } from './evidence-printed';
import { drawEvidenceIndex, drawEvidenceMatrix } from './evidence-index';
import type { EvidenceSource } from './evidence-source';
import { Flow } from './flow';
import { writeOutline, type OutlineNode } from './outline';
import { packCitations, type CriterionCitations } from './pack-citations';
import { createPackDocument, setPackMetadata, type FontBytes } from './pack-document';
import type { PackOptions } from './pack-options';
import { planPack, type PackPlan } from './pack-plan';
import {
  applicantName,
  contentsLinesPerPage,
  drawApplicant,
  drawContents,
  drawCover,
  drawEmployment,
  drawQualifications,
  drawSupporters,
  drawTraining,
  type SectionMark,
} from './pack-sections';
import { commitmentSections } from './commitment-sections';
import { stampPageNumbers } from './page-frame';
import { paperSize } from './page-geometry';
import type { PdfRenderer } from './pdf-rendering';
import { EvidencePageRefs } from './page-refs';
import { drawDevelopmentPlan } from './route-sections';
import type { Deflate } from './stream-deflate';

export interface PackProgress {
  done: number;
  total: number;
  stage: 'sections' | 'evidence' | 'saving';
}

export interface WritePackInput {
  portfolio: Portfolio;
  framework: Framework;
  options: PackOptions;
  fonts: FontBytes;
  evidence: EvidenceSource;
  prepareImage?: ImagePreparer | undefined;
  /** Draws PDF pages pdf-lib cannot copy as images; without it such evidence prints as a placeholder. */
  renderPdf?: PdfRenderer | undefined;
  /** How many must-fix findings the preflight reported: above 0, every page says it is a draft. */
  mustFix?: number | undefined;
  /** Compresses the streams pdf-lib writes (the worker passes Node's zlib); without it pdf-lib compresses in JavaScript. */
  deflate?: Deflate | undefined;
  onProgress?: ((progress: PackProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export interface WrittenPack {
  bytes: Uint8Array;
  pages: number;
  /** Each section and evidence item with its first page (1-based), as the bookmarks list them. */
  sections: { title: string; page: number }[];
  /** What each criterion cites, with evidence numbers and pages: the same sets coverage counts. */
  citations: CriterionCitations[];
  /** How each evidence item was printed: its own pages, rendered images, a placeholder (why), or listed by name. */
  evidence: EvidencePrinted[];
}

/**
 * The application pack, in the order an assessor meets it: cover, contents, the criteria and
 * evidence matrix, the applicant's record and qualifications, the competence report (each
 * criterion with the records and evidence that show it, every file with its page), supporters,
 * CPD, development plan where the route asks for one, training, Technician Commitment records,
 * the evidence index, the declaration, then the evidence appendix. Bookmarks, internal links,
 * metadata and "Page n of N" on every page. Pure: evidence bytes come from `evidence`, images are
 * prepared by `prepareImage`, and the caller decides where the bytes go.
 */
export async function writePack(input: WritePackInput): Promise<WrittenPack> {
  const plan = planPack(input.portfolio, input.framework, input.options);
  const { doc, fonts, type } = await createPackDocument(input.fonts, input.deflate);
  const paper = paperSize(input.options.paper ?? 'a4');
  const flow = new Flow(doc, type, fonts, paper);
  const refs = new EvidencePageRefs();
  // Technician Commitment kinds with records get a section each (core/pack/commitment-sections.ts).
  const commitment = commitmentSections(plan.portfolio.activities);
  const developmentPlan = plan.route.developmentPlan;
  const total = 13 + commitment.length + (developmentPlan ? 1 : 0) + plan.evidence.length;
  let done = 0;
  const step = (stage: PackProgress['stage']) => {
    input.signal?.throwIfAborted();
    done += 1;
    input.onProgress?.({ done, total, stage });
  };

  const marks: SectionMark[] = [];
  /** A section starts a page of its own, or follows the one before after a gap, so short sections share pages. */
  const section = (title: string, draw: () => void, startsPage: boolean) => {
    if (startsPage) flow.newPage();
    else {
      flow.gap(22);
      flow.ensure(160);
    }
    marks.push({ title, pageIndex: flow.pageIndex, level: 0 });
    draw();
    step('sections');
  };

  drawCover(flow, plan);
  marks.push({ title: 'Cover', pageIndex: 0, level: 0 });
  // Contents come second but list pages not yet laid out: reserve their pages now, fill them last.
  const contentsEntries = 14 + commitment.length + (developmentPlan ? 1 : 0) + plan.criteria.length;
  const contentsPages: number[] = [];
  for (let i = 0; i < Math.ceil(contentsEntries / contentsLinesPerPage(paper.height)); i++) {
    flow.newPage();
    contentsPages.push(flow.pageIndex);
  }
  marks.push({ title: 'Contents', pageIndex: contentsPages[0]!, level: 0 });
  step('sections');

  section('Criteria and evidence', () => drawEvidenceMatrix(flow, plan, refs), true);
  section('Applicant details', () => drawApplicant(flow, plan), true);
  section('Employment history', () => drawEmployment(flow, plan), false);
  section('Qualifications', () => drawQualifications(flow, plan, refs), false);
  section('Competence report', () => drawCompetenceReport(flow, plan, marks, refs), true);
  section('Supporters', () => drawSupporters(flow, plan), false);
  section('CPD record', () => drawCpdRecord(flow, plan.cpd, plan.period), true);
  if (developmentPlan) section('Development plan', () => drawDevelopmentPlan(flow, plan.portfolio.goals), false);
  section('Training register', () => drawTraining(flow, plan), false);
  for (const part of commitment) section(part.title, () => part.draw(flow), false);
  section('Evidence index', () => drawEvidenceIndex(flow, plan, refs), true);
  section('Declaration', () => drawDeclaration(flow, plan), false);

  const bandPages = new Set<PDFPage>();
  const stripPages = new Set<PDFPage>();
  const appendixStart = doc.getPageCount();
  const appendix = await writeEvidenceAppendix(
    { flow, source: input.evidence, prepareImage: input.prepareImage, renderPdf: input.renderPdf, imageDpi: input.options.imageDpi, bandPages, stripPages, signal: input.signal, onItemDone: () => step('evidence') },
    plan.evidence,
  );
  marks.push({ title: 'Evidence appendix', pageIndex: appendixStart, level: 0 });
  step('sections');

  refs.resolve(doc, type, fonts.regular, appendix.placements);
  marks.sort((a, b) => a.pageIndex - b.pageIndex || a.level - b.level);
  drawContents(flow, contentsPages, marks);
  writeOutline(doc, outlineOf(marks, appendix.marks));
  stampPageNumbers(doc.getPages(), type, fonts.regular, applicantName(plan.portfolio), bandPages);
  stampDraftBand(doc.getPages(), type, fonts.bold, input.mustFix ?? 0, { stripPages, bandPages });
  setMetadata(plan, doc);
  input.signal?.throwIfAborted();
  // Written in one go, not paused on a timer every 50 objects (pdf-lib's default): the worker has nothing else to do.
  const bytes = await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  step('saving');
  return {
    bytes,
    pages: doc.getPageCount(),
    sections: [...marks.map((m) => ({ title: m.title, page: m.pageIndex + 1 })), ...appendix.marks.map((m) => ({ title: m.title, page: m.pageIndex + 1 }))],
    citations: packCitations(plan, appendix.placements),
    evidence: appendix.printed,
  };
}

function setMetadata(plan: PackPlan, doc: Parameters<typeof setPackMetadata>[0]): void {
  const name = applicantName(plan.portfolio);
  setPackMetadata(doc, {
    title: `${plan.framework.shortName} application: ${name}`,
    author: name,
    subject: `Application for registration as ${plan.framework.name}`,
    keywords: [plan.framework.shortName, 'professional registration', 'competence report'],
    date: parseISO(plan.date),
  });
}

/** Sections (already in page order), competence criteria under the report and evidence items under the appendix. */
function outlineOf(marks: readonly SectionMark[], evidence: OutlineNode[]): OutlineNode[] {
  const top: OutlineNode[] = [];
  for (const mark of marks) {
    if (mark.level === 1 && top.length > 0) top[top.length - 1]!.children = [...(top[top.length - 1]!.children ?? []), { title: mark.title, pageIndex: mark.pageIndex }];
    else top.push({ title: mark.title, pageIndex: mark.pageIndex, ...(mark.title === 'Evidence appendix' ? { children: evidence } : {}) });
  }
  return top;
}
