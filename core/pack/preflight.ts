import { parseISO, subYears, format } from 'date-fns';
import { describePageSelection, selectedPageIndices } from '../evidence/page-ranges';
import type { Framework } from '../frameworks/schema';
import { formatUkDate } from '../format/uk-date';
import type { Portfolio } from '../model/portfolio';
import { inspectEvidencePdf } from './evidence-inspection';
import { RENDERED_TEXT, REASON_TEXT } from './evidence-printed';
import type { EvidenceSource } from './evidence-source';
import { IMAGE_DPI_CHOICES, type PackFinding, type PackOptions, type PreflightReport, type SizeEstimate } from './pack-options';
import { formatBytes } from './pack-labels';
import { lengthFindings, roleLengthFindings } from './length-findings';
import { planPack, type PackPlan } from './pack-plan';
import { describeCharacter, printedTexts, unprintableCharacters } from './printable-text';
import { routeFindings } from './route-requirements';
import { statementAdviceFindings } from './statement-advice';

export interface PreflightInput {
  portfolio: Portfolio;
  framework: Framework;
  options: PackOptions;
  evidence: EvidenceSource;
  /** Code points the bundled fonts can draw (pack-document.ts: fontCharacterSet). */
  charset: ReadonlySet<number>;
}

/** Bodies ask for recent examples; three years unless the framework says otherwise. */
const DEFAULT_EXAMPLE_YEARS = 3;
/** A downsampled phone photo at 200 dpi, as electron/pack/prepare-image.ts aims for. */
const IMAGE_BYTES_AT_200_DPI = 450 * 1024;
const BYTES_PER_TEXT_PAGE = 3 * 1024;
const FIXED_BYTES = 90 * 1024; // font subsets, outline, structure

/**
 * What to fix before making the pack, each finding pointing at the screen where it can be fixed.
 * Errors are must-fix: while any remain, every page of the pack says it is a draft, and
 * `techfolio pack --final` refuses. Nothing here stops a draft pack being made.
 */
export async function preflightPack(input: PreflightInput): Promise<PreflightReport> {
  const plan = planPack(input.portfolio, input.framework, input.options);
  const findings: PackFinding[] = [];
  if (!input.portfolio.profile.name.trim()) {
    findings.push({ kind: 'missing-name', severity: 'error', message: 'Your name is not in your profile, so the cover would say "Name not given". Add it on the Profile screen.', target: { screen: 'profile' } });
  }
  const evidence = await evidenceFindings(plan, input.evidence, input.options.pageBudget);
  findings.push(
    ...statementFindings(plan),
    ...lengthFindings(plan),
    ...roleLengthFindings(input.portfolio, input.framework),
    ...statementAdviceFindings(plan),
    ...routeFindings(input.portfolio, input.framework),
    ...evidence.findings,
    ...cpdFindings(plan),
    ...unresolvedFindings(plan),
    ...characterFindings(plan, input.charset),
  );
  const pages = estimatePages(plan, evidence.pages);
  if (pages > input.options.pageBudget) {
    findings.push({
      kind: 'over-page-budget',
      severity: 'warning',
      message: `The pack will run to about ${pages} pages, over the ${input.options.pageBudget}-page budget. Choose the pages that matter from long documents on the Evidence screen, or raise the budget.`,
      target: { screen: 'pack' },
    });
  }
  const size = estimateSize(plan, input.options);
  if (size.bytes > size.budgetBytes) {
    const fits = size.atDpi.find((d) => d.bytes <= size.budgetBytes);
    findings.push({
      kind: 'over-size-budget',
      severity: 'warning',
      message: `The pack will be about ${formatBytes(size.bytes)}, over the ${formatBytes(size.budgetBytes)} limit. ${
        fits ? `Printing images at ${fits.imageDpi} dpi would bring it to about ${formatBytes(fits.bytes)}.` : 'Leave out some large PDF evidence, or raise the limit if the body accepts bigger files.'
      }`,
      target: { screen: 'pack' },
    });
  }
  return { findings, size, pages };
}

function requiredCodes(framework: Framework): Set<string> | null {
  if (framework.selectionRules.length === 0) return null;
  return new Set(framework.selectionRules.flatMap((r) => (r.kind === 'all-of' ? r.codes : [])));
}

function statementFindings(plan: PackPlan): PackFinding[] {
  const out: PackFinding[] = [];
  const required = requiredCodes(plan.framework);
  const frameworkId = plan.framework.id;
  for (const c of plan.criteria) {
    const code = c.criterion.code;
    const target = { screen: 'statement' as const, frameworkId, code };
    const needed = !required || required.has(code);
    if (!c.statement || c.statement.text.trim() === '') {
      out.push({ kind: 'missing-statement', severity: needed ? 'error' : 'warning', message: `${code} has no statement yet.`, target });
    }
    if (c.citations.length === 0 && (needed || c.statement)) {
      out.push({ kind: 'no-evidence', severity: 'warning', message: `Nothing shows ${code} yet. Map a CPD record, training, certificate or document to it.`, target });
    }
  }
  return out;
}

/** Missing, changed, old and unreadable files, pages chosen outside a document, long items; and each item's page count. */
async function evidenceFindings(plan: PackPlan, source: EvidenceSource, pageBudget: number): Promise<{ findings: PackFinding[]; pages: Map<string, number> }> {
  const out: PackFinding[] = [];
  const pages = new Map<string, number>();
  const years = plan.framework.requirements.examplesWithinYears ?? DEFAULT_EXAMPLE_YEARS;
  const cutoff = format(subYears(parseISO(plan.date), years), 'yyyy-MM-dd');
  for (const { item, label, codes } of plan.evidence) {
    const target = { screen: 'evidence' as const, id: item.id };
    const named = `${label} “${item.title}”`;
    // Age matters for examples; a qualification's certificate is as old as the qualification.
    if (item.date < cutoff && codes.length > 0) {
      out.push({ kind: 'evidence-old', severity: 'warning', message: `${named} is dated ${formatUkDate(item.date)}, more than ${years} years ago. Bodies prefer recent examples.`, target });
    }
    if (item.kind !== 'file') continue;
    const check = await source.check(item.file.sha256);
    if (check === 'missing') {
      out.push({ kind: 'evidence-missing', severity: 'error', message: `The file for ${named} (${item.file.originalName}) is missing. Add it again.`, target });
      continue;
    }
    if (check === 'changed') {
      out.push({ kind: 'evidence-changed', severity: 'error', message: `The file for ${named} has changed since it was added. Add the right file again.`, target });
      continue;
    }
    if (item.file.mediaType !== 'application/pdf') continue;
    const inspected = await inspectEvidencePdf(item.file.sha256, item.pages, () => source.read(item.file.sha256));
    if (!inspected) continue;
    if (inspected.how === 'rendered') {
      // Drawn by a reader instead: printed, but as images, so its text cannot be selected or searched.
      pages.set(item.id, inspected.total === undefined ? 1 : selectedPageIndices(item.pages, inspected.total).length || 1);
      out.push({ kind: 'evidence-rendered', severity: 'warning', message: `${named} (${item.file.originalName}) ${RENDERED_TEXT[inspected.reason]}${inspected.reason === 'over-limits' ? ` (${inspected.detail.replace(/\.$/, '')})` : ''}. A copy printed to a new PDF would keep its text.`, target });
      continue;
    }
    if (inspected.how === 'placeholder' && inspected.reason !== 'pages-outside') {
      const reason = inspected.reason === 'needs-password' ? 'needs a password to open' : 'is damaged or incomplete';
      out.push({ kind: 'evidence-unreadable', severity: 'error', message: `${named} (${item.file.originalName}) ${reason}, so the pack would show a placeholder page instead. ${REASON_TEXT[inspected.reason].split('. ').slice(1).join('. ')}`, target });
      continue;
    }
    const total = inspected.total ?? 0;
    const kept = inspected.how === 'pages' ? inspected.chosen : 0;
    pages.set(item.id, kept);
    if (kept === 0) {
      out.push({ kind: 'evidence-pages-outside', severity: 'error', message: `The pages chosen for ${named} (${item.pages}) are not in the document, which has ${total} page${total === 1 ? '' : 's'}. Choose pages that exist.`, target });
    } else if (kept > pageBudget) {
      out.push({
        kind: 'evidence-over-page-budget',
        severity: 'warning',
        message: `${named} adds ${describePageSelection(item.pages, total)}, over the ${pageBudget}-page budget on its own. Choose the pages that show the criteria.`,
        target,
      });
    }
  }
  return { findings: out, pages };
}

/** Drafts are never printed; the applicant should know the pack leaves them out. */
function cpdFindings(plan: PackPlan): PackFinding[] {
  const n = plan.draftsInPeriod;
  if (n === 0) return [];
  return [
    {
      kind: 'drafts-in-period',
      severity: 'warning',
      message: `${n} draft CPD record${n === 1 ? '' : 's'} in this period ${n === 1 ? 'is' : 'are'} left out of the pack and every total. Finish ${n === 1 ? 'it' : 'them'} in the CPD log to include ${n === 1 ? 'it' : 'them'}.`,
      target: { screen: 'cpd' },
    },
  ];
}

/** Mappings to codes this edition no longer has: they show nothing until re-mapped. */
function unresolvedFindings(plan: PackPlan): PackFinding[] {
  return plan.coverage.unresolved.map((u) => ({
    kind: 'unresolved-mapping' as const,
    severity: 'warning' as const,
    message: `“${u.title}” is mapped to ${u.code}, which ${plan.framework.shortName} no longer has${u.retiredHeading ? ` (${u.retiredHeading})` : ''}, so it shows nothing in the pack. Map it to a current criterion.`,
    target: u.kind === 'evidence' ? { screen: 'evidence' as const, id: u.id } : u.kind === 'cpd' ? { screen: 'cpd' as const, id: u.id } : { screen: 'pack' as const },
  }));
}

/** Roughly how many pages the pack will have: text sections, then each evidence item. */
export function estimatePages(plan: PackPlan, pdfPages: ReadonlyMap<string, number>): number {
  const text = 10 + plan.criteria.length / 2 + plan.cpd.length / 4 + plan.evidence.length / 30;
  let evidence = 1;
  for (const { item } of plan.evidence) evidence += item.kind === 'file' && item.file.mediaType === 'application/pdf' ? (pdfPages.get(item.id) ?? 1) : item.kind === 'file' && item.file.mediaType.startsWith('image/') ? 1 : 0.3;
  return Math.ceil(text + evidence);
}

function characterFindings(plan: PackPlan, charset: ReadonlySet<number>): PackFinding[] {
  const byPlace = new Map<string, { target: PackFinding['target']; where: string; chars: Set<string> }>();
  for (const t of printedTexts(plan)) {
    const missing = unprintableCharacters(t.text, charset);
    if (missing.length === 0) continue;
    const key = JSON.stringify(t.target);
    const entry = byPlace.get(key) ?? { target: t.target, where: t.where, chars: new Set<string>() };
    for (const ch of missing) entry.chars.add(ch);
    byPlace.set(key, entry);
  }
  return [...byPlace.values()].map((e) => ({
    kind: 'unprintable-characters' as const,
    severity: 'error' as const,
    message: `${capitalise(e.where)} has characters the pack's fonts cannot print: ${[...e.chars].map(describeCharacter).join(', ')}. They would print as "?"; reword or transliterate them.`,
    target: e.target,
  }));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A rough size from the files' sizes: PDFs as they are, images as downsampling will leave them. */
export function estimateSize(plan: PackPlan, options: Pick<PackOptions, 'imageDpi' | 'maxMb'>): SizeEstimate {
  const textPages = 12 + plan.criteria.length / 2 + plan.cpd.length / 20;
  let fixed = FIXED_BYTES + textPages * BYTES_PER_TEXT_PAGE;
  const images: number[] = [];
  for (const { item } of plan.evidence) {
    if (item.kind === 'note') fixed += item.note.length / 2;
    if (item.kind !== 'file') continue;
    if (item.file.mediaType === 'application/pdf') fixed += item.file.size;
    else if (item.file.mediaType.startsWith('image/')) images.push(item.file.size);
  }
  const at = (dpi: number) => Math.round(fixed + images.reduce((sum, size) => sum + Math.min(size, IMAGE_BYTES_AT_200_DPI * (dpi / 200) ** 2) + 2048, 0));
  const dpis = [...new Set([options.imageDpi, ...IMAGE_DPI_CHOICES])].sort((a, b) => b - a);
  return {
    bytes: at(options.imageDpi),
    budgetBytes: options.maxMb * 1024 * 1024,
    imageDpi: options.imageDpi,
    atDpi: dpis.map((imageDpi) => ({ imageDpi, bytes: at(imageDpi) })),
  };
}
