import { z } from 'zod';

/**
 * How an evidence item was printed in the pack's appendix:
 * - pages: its own pages, copied;
 * - rendered: images of its pages drawn by a reader, because they could not be copied faithfully;
 * - placeholder: a page saying why it could not be printed;
 * - listed: notes, links and files that are not PDFs or images, listed by name on text pages.
 */
export const EvidencePrintStatus = z.enum(['pages', 'rendered', 'placeholder', 'listed']);
export type EvidencePrintStatus = z.infer<typeof EvidencePrintStatus>;

/** Why an item was rendered or became a placeholder. */
export const EvidencePrintReason = z.enum([
  'missing',
  'changed',
  'needs-password',
  'damaged',
  'cannot-copy',
  'over-limits',
  'pages-outside',
  'unreadable-image',
  'failed',
]);
export type EvidencePrintReason = z.infer<typeof EvidencePrintReason>;

export const EvidencePrinted = z.object({
  id: z.string(),
  label: z.string(),
  title: z.string(),
  status: EvidencePrintStatus,
  reason: EvidencePrintReason.optional(),
  /** The reason in words, as the placeholder page or the preflight says it. */
  message: z.string().optional(),
  /** First page in the pack (1-based) and how many pages the item fills. */
  page: z.number().int().positive(),
  pages: z.number().int().positive(),
});
export type EvidencePrinted = z.infer<typeof EvidencePrinted>;

/** What the pack says for each reason, on the placeholder page and in the preflight. */
export const REASON_TEXT: Record<EvidencePrintReason, string> = {
  missing: 'The file for this evidence is missing from the portfolio folder. Add the file again on the Evidence screen.',
  changed: 'The file for this evidence has changed since it was added (its fingerprint no longer matches), so it was left out. Add the file again on the Evidence screen.',
  'needs-password': 'This PDF needs a password to open, so its pages could not be added. Save an unprotected copy (print to PDF) and replace the file.',
  damaged: 'This PDF is damaged or incomplete, so its pages could not be added. Replace it with a good copy of the document.',
  'cannot-copy': 'This PDF uses a feature that cannot be copied into the pack, and its pages could not be drawn as images either. Print it to a new PDF and replace the file.',
  'over-limits': 'A page of this PDF is too heavy to copy into the pack, and its pages could not be drawn as images either. Print it to a new PDF and replace the file.',
  'pages-outside': 'None of the pages chosen for this evidence are in the document. Choose pages on the Evidence screen.',
  'unreadable-image': 'This image could not be read, so it could not be printed. Replace it with a JPEG or PNG copy.',
  failed: 'This evidence could not be printed. Replace the file with a new copy (for a PDF, print it to a new PDF).',
};

/** What the preflight and the pack's JSON say of a rendered item. */
export const RENDERED_TEXT: Record<'cannot-copy' | 'over-limits', string> = {
  'cannot-copy': 'uses a feature that cannot be copied, so its pages will be printed as images',
  'over-limits': 'has a page too heavy to copy, so its pages will be printed as images',
};
