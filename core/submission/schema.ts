import { z } from 'zod';
import { FrameworkId } from '../frameworks/schema';

/**
 * A body's rules for what an application is uploaded or pasted as (assets/submission-profiles/*.json):
 * the documents it takes, how big each may be, and the online form's fields with their limits.
 * Every figure carries the address it was read at, so a user can check it before trusting it.
 */

const SourceUrl = z.string().regex(/^https?:\/\/\S+$/, 'Give the web address the figure was read at, starting with https://.').max(2000);

/** A number as a body publishes it, with where it says so; the generic profile's own figures have no source. */
const figure = <T extends z.ZodNumber>(value: T) =>
  z.strictObject({
    value,
    source: SourceUrl.optional(),
    note: z.string().trim().max(1000).default(''),
  });

export const DOCUMENT_TYPES = ['application-pack', 'competence-report', 'cv', 'certificates', 'supporter-statement', 'cpd-record'] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  'application-pack': 'Application pack',
  'competence-report': 'Competence report',
  cv: 'CV and employment history',
  certificates: 'Qualification certificates',
  'supporter-statement': "Supporter's statement",
  'cpd-record': 'CPD record',
};

export const SubmissionDocument = z.strictObject({
  type: DocumentType,
  /** Pages the body allows for this document ("a 2-page CV"). */
  maxPages: figure(z.number().int().positive().max(10_000)).optional(),
  note: z.string().trim().max(1000).default(''),
});
export type SubmissionDocument = z.infer<typeof SubmissionDocument>;

/** One box of an online form: once for the application, or one per criterion. */
export const FormField = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  label: z.string().trim().min(1).max(200),
  per: z.enum(['criterion', 'application']),
  unit: z.enum(['words', 'characters']),
  /** A hard limit the form enforces or the body states. */
  limit: figure(z.number().int().positive().max(100_000)).optional(),
  /** A length the body advises: shown beside the count, never treated as a limit. */
  suggested: figure(z.number().int().positive().max(100_000)).optional(),
});
export type FormField = z.infer<typeof FormField>;

export const SubmissionProfile = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/),
  name: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(200),
  /** The registrations this profile is how to submit; the first profile naming a route in defaultFor is its default. */
  frameworkIds: z.array(FrameworkId).max(50).default([]),
  defaultFor: z.array(FrameworkId).max(50).default([]),
  /** "files": one file per document type; "single-pdf": everything in one PDF. */
  delivery: z.enum(['files', 'single-pdf']),
  documents: z.array(SubmissionDocument).min(1).max(20),
  maxFileBytes: figure(z.number().int().positive()).optional(),
  singlePdfMaxBytes: figure(z.number().int().positive()).optional(),
  /** The form removes formatting: the paste pack is all the user should rely on. */
  plainTextOnly: z.strictObject({ value: z.literal(true), source: SourceUrl.optional() }).optional(),
  fields: z.array(FormField).max(50).default([]),
  source: SourceUrl.optional(),
  dateChecked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  notes: z.string().trim().max(4000).default(''),
}).refine((p) => p.delivery !== 'single-pdf' || p.documents.length === 1, { message: 'A single-PDF profile has exactly one document.', path: ['documents'] });
export type SubmissionProfile = z.infer<typeof SubmissionProfile>;

/** What the UI lists to choose from. */
export const SubmissionProfileSummary = z.object({
  id: z.string(),
  name: z.string(),
  body: z.string(),
  isDefault: z.boolean(),
  forRoute: z.boolean(),
});
export type SubmissionProfileSummary = z.infer<typeof SubmissionProfileSummary>;

export const GENERIC_PROFILE_ID = 'generic';

/** The route's own profile (the first naming it in defaultFor), else the generic one. */
export function defaultProfileFor(profiles: readonly SubmissionProfile[], frameworkId: string): SubmissionProfile | undefined {
  return profiles.find((p) => p.defaultFor.includes(frameworkId)) ?? profiles.find((p) => p.id === GENERIC_PROFILE_ID);
}

export function summariseProfiles(profiles: readonly SubmissionProfile[], frameworkId: string): SubmissionProfileSummary[] {
  const chosen = defaultProfileFor(profiles, frameworkId);
  return profiles
    .map((p) => ({ id: p.id, name: p.name, body: p.body, isDefault: p.id === chosen?.id, forRoute: p.frameworkIds.includes(frameworkId) || p.id === GENERIC_PROFILE_ID }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || Number(b.forRoute) - Number(a.forRoute) || a.name.localeCompare(b.name));
}
