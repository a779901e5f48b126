import { z } from 'zod';

// The answer to "has anything changed since the supporter saw it?", apart from the check itself
// (signoff-check.ts), so the API's contract can name it without loading the brief's PDF code.

export const SignoffChange = z.object({
  code: z.string(),
  /** What may be printed as the criterion's heading (never unconfirmed wording as official). */
  heading: z.string(),
  change: z.enum(['edited', 'added', 'removed']),
});
export type SignoffChange = z.infer<typeof SignoffChange>;

/** What a returned brief says about the statements now. */
export const SignoffCheck = z.object({
  /** unchanged: every statement is as the supporter saw it; changed: some are not; unknown: no brief made here has this fingerprint. */
  status: z.enum(['unchanged', 'changed', 'unknown']),
  /** The fingerprint read from the file, as printed ("3F9A-…"). */
  fingerprint: z.string(),
  /** Where it was read: the PDF's text, or a QR code in an image. */
  readFrom: z.enum(['pdf-text', 'qr-code']),
  frameworkId: z.string().optional(),
  supporterId: z.string().optional(),
  madeOn: z.string().optional(),
  changes: z.array(SignoffChange),
});
export type SignoffCheck = z.infer<typeof SignoffCheck>;
