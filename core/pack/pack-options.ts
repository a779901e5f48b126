import { z } from 'zod';
import { DEFAULT_PAGE_BUDGET } from './page-budget';
import { IsoDate } from '../model/dates';

/** Image resolutions offered when a pack is over its size budget: print quality first. */
export const IMAGE_DPI_CHOICES = [200, 150, 100] as const;
export const DEFAULT_SIZE_BUDGET_MB = 20;
/** Apart from the schemas (page-budget.ts), so the CLI's help prints it without loading zod. */
export { DEFAULT_PAGE_BUDGET };

const period = {
  /** The CPD period printed; defaults to the three years up to `date`. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
};

/** The resolution images are printed at unless the applicant chooses less. */
export const DEFAULT_IMAGE_DPI = 200;

export const PackOptions = z
  .object({
    frameworkId: z.string().trim().min(1, 'Choose the framework to apply for.').max(100),
    ...period,
    /** The size the finished pack should stay under; many portals refuse uploads over 20 MB. */
    maxMb: z.number().positive().max(2000).default(DEFAULT_SIZE_BUDGET_MB),
    /** The preflight warns when one evidence item or the whole pack runs past this many pages. */
    pageBudget: z.number().int().min(10).max(100_000).default(DEFAULT_PAGE_BUDGET),
    /** Images are downsampled to this resolution at their printed size. */
    imageDpi: z.number().int().min(50).max(200).default(DEFAULT_IMAGE_DPI),
    /** The paper every page is printed on: A4 portrait, or US Letter for bodies that ask for it. */
    paper: z.enum(['a4', 'letter']).default('a4'),
    /** The date on the cover; today when left out. */
    date: IsoDate.optional(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: 'The CPD period ends before it starts.', path: ['to'] });
export type PackOptions = z.infer<typeof PackOptions>;
export type PackOptionsInput = z.input<typeof PackOptions>;

export const SummaryOptions = z
  .object({ from: IsoDate, to: IsoDate, date: IsoDate.optional() })
  .refine((o) => o.from <= o.to, { message: 'The period ends before it starts.', path: ['to'] });
export type SummaryOptions = z.infer<typeof SummaryOptions>;

/** Where in the app a finding can be fixed, for a "Fix" button that opens the right screen. */
export const FindingTarget = z.object({
  screen: z.enum(['statement', 'evidence', 'cpd', 'profile', 'employment', 'qualifications', 'training', 'supporters', 'pack']),
  frameworkId: z.string().optional(),
  code: z.string().optional(),
  id: z.string().optional(),
});
export type FindingTarget = z.infer<typeof FindingTarget>;

export const FindingKind = z.enum([
  'missing-name',
  'missing-statement',
  'over-word-limit',
  'length-limit',
  'length-guidance',
  'no-evidence',
  'evidence-missing',
  'evidence-changed',
  'evidence-old',
  'unprintable-characters',
  'over-size-budget',
  'evidence-unreadable',
  'evidence-rendered',
  'evidence-pages-outside',
  'evidence-over-page-budget',
  'over-page-budget',
  'drafts-in-period',
  'unresolved-mapping',
  'no-nominated-supporter',
  'supporter-without-email',
  'supporter-kind-mismatch',
  'no-development-plan',
  'statement-advice',
]);
export type FindingKind = z.infer<typeof FindingKind>;

export const PackFinding = z.object({
  kind: FindingKind,
  /** "error": the body would likely return the application; "warning": worth a look. Neither stops the pack. */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  target: FindingTarget,
});
export type PackFinding = z.infer<typeof PackFinding>;

export const SizeEstimate = z.object({
  bytes: z.number().nonnegative(),
  budgetBytes: z.number().positive(),
  imageDpi: z.number(),
  /** The estimate at each offered resolution, so the user can choose to downsample further. */
  atDpi: z.array(z.object({ imageDpi: z.number(), bytes: z.number().nonnegative() })),
});
export type SizeEstimate = z.infer<typeof SizeEstimate>;

export const PreflightReport = z.object({
  findings: z.array(PackFinding),
  size: SizeEstimate,
  /** About how many pages the pack will have, for the page budget. */
  pages: z.number().int().nonnegative(),
});
export type PreflightReport = z.infer<typeof PreflightReport>;
