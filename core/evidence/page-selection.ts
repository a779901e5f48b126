import { z } from 'zod';
import { parsePageRanges, type PageRange } from './page-ranges';

/** Only PDFs have pages the pack can pick from; other files go in whole. */
export const PAGED_MEDIA_TYPE = 'application/pdf';

export const pagesOnlyForPdfMessage = (name: string) =>
  `Pages can be chosen only for a PDF; ${name} is always included whole, so leave the pages out.`;

/** The stored spelling of a selection: "1-3, 7, 10-". */
export function formatPageRanges(ranges: readonly PageRange[]): string {
  return ranges.map((r) => (r.to === undefined ? `${r.from}-` : r.to === r.from ? `${r.from}` : `${r.from}-${r.to}`)).join(', ');
}

/**
 * The pages of a PDF to include, as typed; stored normalised ("7, 1–3" becomes "1-3, 7"). Blank
 * means the whole document and is stored as nothing, so clearing the field clears the selection.
 */
export const PageSelection = z
  .string()
  .max(500, 'Write fewer page ranges: up to 500 characters.')
  .transform((text, ctx) => {
    if (text.trim() === '') return undefined;
    const parsed = parsePageRanges(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return formatPageRanges(parsed.ranges);
  });
