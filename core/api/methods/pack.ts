import { z } from 'zod';
import { IsoDate } from '../../model/dates';
import { CriterionCitations } from '../../pack/pack-citations';
import { EvidencePrinted } from '../../pack/evidence-printed';
import { PackFinding, PackOptions, PreflightReport, SummaryOptions } from '../../pack/pack-options';
import { PORTFOLIO_LIST_NAMES } from '../../model/portfolio';
import type { MethodSchema } from './method-schema';

export const ExportId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'Not a valid export id.');
export const PackJobId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'Not a valid job id.');

/**
 * A PDF the backend has written to the data folder's exports/ directory. The bytes stay on disk:
 * each transport delivers the file its own way (a save dialog in the desktop shell, a download
 * from the loopback host), by exportId.
 */
export const MadeFile = z.object({
  exportId: ExportId,
  /** A suggested name for saving: "RSciTech application - Siân Jones - 2026-11-23.pdf". */
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().positive(),
  findings: z.array(PackFinding),
  /** For an application pack: what each criterion cites, with evidence numbers and the pages they start on. */
  citations: z.array(CriterionCitations).optional(),
  /** For an application pack: how each evidence item was printed (its pages, rendered images, a placeholder and why, or listed). */
  evidence: z.array(EvidencePrinted).optional(),
});
export type MadeFile = z.infer<typeof MadeFile>;

export const PackJob = z.object({
  jobId: PackJobId,
  kind: z.enum(['pack', 'cpd-summary', 'profile', 'supporter-brief']),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({ done: z.number().int(), total: z.number().int(), stage: z.enum(['preflight', 'sections', 'evidence', 'saving']) }),
  /** The preflight findings, as soon as preflight has run. */
  findings: z.array(PackFinding),
  result: MadeFile.optional(),
  /** Why it failed, in words the user can act on. */
  error: z.string().optional(),
});
export type PackJob = z.infer<typeof PackJob>;

/** A pack draws on the whole portfolio and the evidence files. */
const PACK_READS = [...PORTFOLIO_LIST_NAMES, 'profile', 'files'] as const;

export const packMethods = {
  /** The findings and size estimate for a pack, without making it. */
  preflightPack: { args: z.tuple([PackOptions]), result: PreflightReport, reads: PACK_READS },
  /** Starts making a pack off the main thread; poll getPackJob for progress and the result. */
  startPack: { args: z.tuple([PackOptions]), result: z.object({ jobId: PackJobId }), changes: ['jobs'] },
  getPackJob: { args: z.tuple([PackJobId]), result: PackJob, reads: ['jobs'] },
  /** Stops a running job; nothing is written. False when it had already finished. */
  cancelPack: { args: z.tuple([PackJobId]), result: z.object({ cancelled: z.boolean() }), changes: ['jobs'] },
  /** Makes a pack and waits for it (the CLI, and callers that need no progress). */
  makePack: { args: z.tuple([PackOptions]), result: MadeFile, changes: ['exports'] },
  makeCpdSummary: { args: z.tuple([SummaryOptions]), result: MadeFile, changes: ['exports'] },
  makeProfilePage: { args: z.tuple([z.object({ date: IsoDate.optional() })]), result: MadeFile, changes: ['exports'] },
  /** The statements as plain text, one section per criterion, for online application forms. */
  exportStatementsText: { args: z.tuple([z.string().min(1).max(100)]), result: z.object({ text: z.string(), fileName: z.string() }), reads: ['statements', 'importedFrameworks', 'frameworkOverrides'] },
  /** Removes a made file from exports/ once it has been saved elsewhere. */
} satisfies Record<string, MethodSchema>;
