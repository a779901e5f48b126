import type { PDFPage } from '@cantoo/pdf-lib';
import { parseISO } from 'date-fns';
import type { Framework } from '../frameworks/schema';
import type { Portfolio } from '../model/portfolio';
import { writeEvidenceAppendix, type ImagePreparer } from './evidence-appendix';
import type { EvidenceSource } from './evidence-source';
import { Flow } from './flow';
import { writeOutline, type OutlineNode } from './outline';
import { createPackDocument, setPackMetadata, type FontBytes } from './pack-document';
import type { PackOptions } from './pack-options';
import { planPack, type PackPlan } from './pack-plan';
import {
  CONTENTS_LINES_PER_PAGE,
  applicantName,
  drawApplicant,
  drawCompetenceReport,
  drawContents,
  drawCover,
  drawCpdRecord,
  drawDeclaration,
  drawEmployment,
  drawEvidenceIndex,
  drawQualifications,
  drawSupporters,
  drawTraining,
  type SectionMark,
} from './pack-sections';
import { commitmentSections } from './commitment-sections';
import { stampPageNumbers } from './page-frame';

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
  onProgress?: ((progress: PackProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export interface WrittenPack {
  bytes: Uint8Array;
  pages: number;
  /** Each section and evidence item with its first page (1-based), as the bookmarks list them. */
  sections: { title: string; page: number }[];
}

/**
 * The application pack: cover, contents, the applicant's record, the competence report, CPD,
 * training, the evidence index, the evidence appendix and a declaration, with bookmarks,
 * metadata and "Page n of N" on every page. Pure: evidence bytes come from `evidence`, images are
 * prepared by `prepareImage`, and the caller decides where the bytes go.
 */
export async function writePack(input: WritePackInput): Promise<WrittenPack> {
  const plan = planPack(input.portfolio, input.framework, input.options);
  const { doc, fonts, type } = await createPackDocument(input.fonts);
  const flow = new Flow(doc, type, fonts);
  // Technician Commitment kinds with records get a section each (core/pack/commitment-sections.ts).
  const commitment = commitmentSections(plan.portfolio.activities);
  const total = 10 + commitment.length + plan.evidence.length + 1;
  let done = 0;
  const step = (stage: PackProgress['stage']) => {
    input.signal?.throwIfAborted();
    done += 1;
    input.onProgress?.({ done, total, stage });
  };

  const marks: SectionMark[] = [];
  const section = (title: string, draw: () => void) => {
    flow.newPage();
    marks.push({ title, pageIndex: flow.pageIndex, level: 0 });
    draw();
    step('sections');
  };

  drawCover(flow, plan);
  marks.push({ title: 'Cover', pageIndex: 0, level: 0 });
  // Contents come second but list pages not yet laid out: reserve their pages now, fill them last.
  const contentsEntries = 12 + commitment.length + plan.criteria.length;
  const contentsPages: number[] = [];
  for (let i = 0; i < Math.ceil(contentsEntries / CONTENTS_LINES_PER_PAGE); i++) {
    flow.newPage();
    contentsPages.push(flow.pageIndex);
  }
  marks.push({ title: 'Contents', pageIndex: contentsPages[0]!, level: 0 });
  step('sections');

  section('Applicant details', () => drawApplicant(flow, plan));
  section('Employment history', () => drawEmployment(flow, plan));
  section('Qualifications', () => drawQualifications(flow, plan));
  section('Competence report', () => drawCompetenceReport(flow, plan, marks));
  section('Supporters', () => drawSupporters(flow, plan));
  section('CPD record', () => drawCpdRecord(flow, plan.cpd, plan.period));
  section('Training register', () => drawTraining(flow, plan));
  for (const part of commitment) section(part.title, () => part.draw(flow));
  section('Evidence index', () => drawEvidenceIndex(flow, plan));

  const bandPages = new Set<PDFPage>();
  const appendixStart = doc.getPageCount();
  const evidenceMarks = await writeEvidenceAppendix(
    { flow, source: input.evidence, prepareImage: input.prepareImage, imageDpi: input.options.imageDpi, bandPages, signal: input.signal, onItemDone: () => step('evidence') },
    plan.evidence,
  );
  marks.push({ title: 'Evidence appendix', pageIndex: appendixStart, level: 0 });
  section('Declaration', () => drawDeclaration(flow, plan));

  marks.sort((a, b) => a.pageIndex - b.pageIndex || a.level - b.level);
  drawContents(flow, contentsPages, marks);
  writeOutline(doc, outlineOf(marks, evidenceMarks));
  stampPageNumbers(doc.getPages(), type, fonts.regular, applicantName(plan.portfolio), bandPages);
  setMetadata(plan, doc);
  input.signal?.throwIfAborted();
  // Written in one go, not paused on a timer every 50 objects (pdf-lib's default): the worker has nothing else to do.
  const bytes = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  step('saving');
  return {
    bytes,
    pages: doc.getPageCount(),
    sections: [...marks.map((m) => ({ title: m.title, page: m.pageIndex + 1 })), ...evidenceMarks.map((m) => ({ title: m.title, page: m.pageIndex + 1 }))],
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
