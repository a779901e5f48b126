/**
 * Which pages of a PDF go into a pack, written the way people write them: "12-14", "1-3, 7",
 * "5", "10-" (to the end). One parser, so the form, the CLI and the pack agree.
 */

export interface PageRange {
  from: number;
  to?: number;
}

const HOW_TO_WRITE = 'Write pages like "1-3, 7" or "10-".';

/** Far beyond any real document; stops "99999999999" passing as a page. */
const MAX_PAGE = 100_000;

/** Hyphen look-alikes people paste from word processors: hyphen, non-breaking hyphen, figure dash, en and em dash, minus. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;

const refuse = (problem: string) => ({ ok: false as const, message: `${problem} ${HOW_TO_WRITE}` });

/** Parses "1-3, 7, 10-" into sorted, merged 1-based inclusive ranges; `to` undefined means "to the last page". Refuses with a message that says what to write. */
export function parsePageRanges(text: string): { ok: true; ranges: PageRange[] } | { ok: false; message: string } {
  const parts = text.replace(DASHES, '-').split(',').map((part) => part.replace(/\s+/g, ' ').trim());
  if (parts.every((part) => part === '')) return refuse('No pages were given.');
  const ranges: PageRange[] = [];
  for (const part of parts) {
    // "1-3,,7" or a trailing comma is a slip, not a mistake worth refusing.
    if (part === '') continue;
    const match = /^(\d+)(?: ?(-) ?(\d+)?)?$/.exec(part);
    if (!match) return refuse(`"${part}" is not a page or a range of pages.`);
    const from = Number(match[1]);
    const to = match[2] ? (match[3] === undefined ? undefined : Number(match[3])) : from;
    for (const page of [from, to]) {
      if (page === undefined) continue;
      if (page < 1) return refuse(`"${part}": pages are numbered from 1.`);
      if (page > MAX_PAGE) return refuse(`"${part}": no document has that many pages.`);
    }
    if (to !== undefined && to < from) return refuse(`"${part}" runs backwards; write the first page first, like "${to}-${from}".`);
    ranges.push(to === undefined ? { from } : { from, to });
  }
  return { ok: true, ranges: mergeRanges(ranges) };
}

/** Sorts ranges and joins those that overlap or touch, so "4, 1-3" and "1-4" mean one thing. */
function mergeRanges(ranges: readonly PageRange[]): PageRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: PageRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.to === undefined || range.from <= last.to + 1)) {
      if (last.to !== undefined) {
        if (range.to === undefined) delete last.to;
        else last.to = Math.max(last.to, range.to);
      }
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

/** The ranges inside a document of pageCount pages, each with a definite end. */
function clippedRanges(pages: string | undefined, pageCount: number): { from: number; to: number }[] | 'all' {
  if (pages === undefined || pages.trim() === '') return 'all';
  const parsed = parsePageRanges(pages);
  // Stored selections are validated; one that is not (a hand-edited file) keeps the whole document rather than losing pages.
  if (!parsed.ok) return 'all';
  return parsed.ranges.filter((r) => r.from <= pageCount).map((r) => ({ from: r.from, to: Math.min(r.to ?? pageCount, pageCount) }));
}

/** The 0-based page indices a selection keeps from a document of pageCount pages (all pages when the selection is undefined or blank); ranges past the end are clipped; returns [] when nothing of the selection is inside the document (the caller reports that). */
export function selectedPageIndices(pages: string | undefined, pageCount: number): number[] {
  const ranges = clippedRanges(pages, pageCount);
  const spans = ranges === 'all' ? [{ from: 1, to: pageCount }] : ranges;
  return spans.flatMap(({ from, to }) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from - 1 + i));
}

const pageCountText = (count: number) => `${count} page${count === 1 ? '' : 's'}`;
const spanText = ({ from, to }: { from: number; to: number }) => (from === to ? `${from}` : `${from}\u2013${to}`);

/** "pp. 12–14 of 66", "p. 5 of 66", "pp. 1–3, 7 of 66"; "66 pages" / "1 page" when all are kept. */
export function describePageSelection(pages: string | undefined, pageCount: number): string {
  const ranges = clippedRanges(pages, pageCount);
  const kept = selectedPageIndices(pages, pageCount).length;
  if (ranges === 'all' || kept === pageCount) return pageCountText(pageCount);
  if (kept === 0) return `no pages: "${pages?.trim()}" is past the end of the ${pageCountText(pageCount)}`;
  return `${kept === 1 ? 'p.' : 'pp.'} ${ranges.map(spanText).join(', ')} of ${pageCount}`;
}
