import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageText, pageWords, readPdf, type WordBox } from '../../../support/pdf-reader';
import { qpdf, runQpdf } from '../../../support/qpdf';

/**
 * A written PDF read back as a reader's software sees it: qpdf (its WebAssembly build) checks the
 * structure, pdf.js gives the text and pages. Nothing needs installing beyond npm's packages.
 */
export class PdfFile {
  constructor(readonly file: string) {}

  static write(dir: string, name: string, bytes: Uint8Array): PdfFile {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return new PdfFile(file);
  }

  /** qpdf --check: exit status and output (0 clean, 3 warnings, 2 errors). */
  check(): { status: number; output: string } {
    const run = runQpdf(['--check', this.file]);
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  /** The text of one page, or of all, as pdftotext prints it: lines, and a form feed after each page. */
  text(page?: number): string {
    const { pages } = readPdf(this.file);
    if (page !== undefined && !pages[page - 1]) throw new Error(`${this.file} has no page ${page}`);
    return (page === undefined ? pages : [pages[page - 1]!]).map((p) => pageText(p)).join('');
  }

  /** One page's text with its columns kept apart by runs of spaces, as pdftotext -layout prints it. */
  layoutText(page: number): string {
    return pageText(readPdf(this.file).pages[page - 1]!, true);
  }

  /** Each word of one page with its left and right edge, as pdftotext -bbox lists them. */
  words(page: number): WordBox[] {
    return pageWords(readPdf(this.file).pages[page - 1]!);
  }

  /** The document information under pdfinfo's names (Title, Author, Subject, Keywords, Creator, Producer), and Pages. */
  info(): Record<string, string> {
    const { info, pages } = readPdf(this.file);
    const out: Record<string, string> = {};
    for (const key of ['Title', 'Subject', 'Keywords', 'Author', 'Creator', 'Producer']) if (typeof info[key] === 'string') out[key] = info[key];
    out.Pages = String(pages.length);
    return out;
  }

  pages(): number {
    return readPdf(this.file).pages.length;
  }

  /** qpdf's JSON view (outlines, objects). */
  json(): { outlines: { title: string; kids: unknown[]; destpageposfrom1: number | null }[]; qpdf: [unknown, Record<string, { value?: unknown }>] } {
    return JSON.parse(qpdf(['--json', '--json-key=outlines', '--json-key=qpdf', this.file]));
  }
}

/** Every outline title, depth first. */
export function outlineTitles(items: readonly { title: string; kids: unknown[] }[]): string[] {
  return items.flatMap((item) => [item.title, ...outlineTitles(item.kids as { title: string; kids: unknown[] }[])]);
}
