// What a reader's software sees in a PDF, through pdf.js: the document information, each page's
// size and text. pdf.js answers asynchronously, so pdfjs-pages.mjs reads the file in a child process
// and the answer comes back at once; one read serves every question about the same bytes.
// Against pdftotext on the 385 pages of the PDFs the tests read, the text has the same words on
// every page, in the same order on about half; on the rest columns are taken in another order.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('./pdfjs-pages.mjs', import.meta.url));

/** A run of text as pdf.js reports it, in the text's own upright frame (see pdfjs-pages.mjs). */
export interface TextRun {
  str: string;
  /** Quarter turns of the text on the page as shown: 0 upright. */
  dir: number;
  x0: number;
  x1: number;
  /** Baseline, down the page. */
  y: number;
  size: number;
}

export interface ReadPage {
  /** The crop box, in points, before /Rotate. */
  width: number;
  height: number;
  rotate: number;
  runs: TextRun[];
}

export interface ReadPdf {
  info: Record<string, unknown>;
  pages: ReadPage[];
}

const cache = new Map<string, ReadPdf>();

export function readPdf(file: string): ReadPdf {
  const key = createHash('sha256').update(readFileSync(file)).digest('hex');
  let read = cache.get(key);
  if (!read) {
    read = JSON.parse(execFileSync(process.execPath, [CLI, 'read', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as ReadPdf;
    cache.set(key, read);
  }
  return read;
}

/** Writes pages first..last as PNGs the way pdftoppm -png names them (see pdfjs-pages.mjs), before it returns. */
export function renderPng(file: string, options: { dpi: number; first: number; last: number; stem: string; single?: boolean }): void {
  execFileSync(process.execPath, [CLI, 'render', file, String(options.dpi), String(options.first), String(options.last), options.stem, ...(options.single ? ['single'] : [])]);
}

/** Runs on one line: same direction, baselines closer than half the smaller font size. */
function lines(runs: readonly TextRun[]): TextRun[][] {
  const out: { dir: number; y: number; size: number; runs: TextRun[] }[] = [];
  const sorted = [...runs].sort((a, b) => a.dir - b.dir || a.y - b.y || a.x0 - b.x0);
  for (const run of sorted) {
    const line = out.find((l) => l.dir === run.dir && Math.abs(l.y - run.y) < Math.min(l.size, run.size) / 2);
    if (line) line.runs.push(run);
    else out.push({ dir: run.dir, y: run.y, size: run.size, runs: [run] });
  }
  return out.map((l) => l.runs.sort((a, b) => a.x0 - b.x0));
}

/**
 * One line's text. As pdftotext does, a gap wider than a tenth of the font size is a word break;
 * in layout mode a wide gap keeps roughly its width in spaces (one per half font size, at least
 * two), so columns stand apart as they do in pdftotext -layout.
 */
function lineText(runs: readonly TextRun[], layout: boolean): string {
  if (!layout) return runs.map((run, i) => (i > 0 && run.x0 - runs[i - 1]!.x1 > run.size * 0.1 ? ' ' : '') + run.str).join('').replace(/\s+/g, ' ').trim();
  let text = '';
  let end: number | undefined;
  let spaceAfter = false;
  for (const run of runs) {
    // Within a run, any spacing is one word break; only the gaps between runs can be columns.
    const words = run.str.replace(/\s+/g, ' ').trim();
    if (words === '') {
      spaceAfter = true;
      continue;
    }
    if (end !== undefined) {
      const gap = run.x0 - end;
      if (gap > run.size) text += ' '.repeat(Math.max(2, Math.round(gap / (run.size / 2))));
      else if (gap > run.size * 0.1 || spaceAfter || /^\s/.test(run.str)) text += ' ';
    }
    text += words;
    end = Math.max(end ?? -Infinity, run.x1);
    spaceAfter = /\s$/.test(run.str);
  }
  return text;
}

interface Chunk {
  runs: TextRun[];
  dir: number;
  /** Index of its line on the page, top to bottom. */
  line: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A line cut where a gap is wider than the font size: the pieces are cells of different columns. */
function chunks(pageLines: readonly TextRun[][]): Chunk[] {
  return pageLines.flatMap((runs, line) => {
    const out: Chunk[] = [];
    for (const run of runs) {
      const last = out.at(-1);
      // A run of spaces only marks a word break; it must not bridge a gap between columns.
      if (run.str.trim() === '') {
        last?.runs.push({ ...run, x0: last.x1, x1: last.x1 });
        continue;
      }
      if (last && run.x0 - last.x1 <= Math.max(run.size, last.size)) {
        last.runs.push(run);
        last.x1 = Math.max(last.x1, run.x1);
        last.size = Math.max(last.size, run.size);
      } else {
        out.push({ runs: [run], dir: run.dir, line, x0: run.x0, x1: run.x1, y: run.y, size: run.size });
      }
    }
    return out;
  });
}

/**
 * Chunks gathered into blocks as pdftotext gathers words: a chunk continues the block above it when
 * it is the next line down (at most 1.5 font sizes), in the same size, overlapping it across, and
 * (from the third line on) at the block's own line spacing. A cell that wraps stays whole; blocks
 * are read top to bottom, and left to right where they start on the same line.
 */
function blocks(all: readonly Chunk[]): Chunk[][] {
  const out: { chunks: Chunk[]; spacing?: number }[] = [];
  for (const chunk of all) {
    let best: { block: (typeof out)[number]; overlap: number } | undefined;
    for (const block of out) {
      const last = block.chunks.at(-1)!;
      const delta = chunk.y - last.y;
      const overlap = Math.min(chunk.x1, last.x1) - Math.max(chunk.x0, last.x0);
      if (last.dir !== chunk.dir || delta <= 0 || delta > 1.5 * Math.max(chunk.size, last.size) || overlap <= 0) continue;
      if (Math.abs(chunk.size - last.size) > 0.2 * chunk.size) continue;
      if (block.spacing !== undefined && Math.abs(delta - block.spacing) > 0.2 * chunk.size) continue;
      if (!best || overlap > best.overlap) best = { block, overlap };
    }
    if (best) {
      best.block.spacing ??= chunk.y - best.block.chunks.at(-1)!.y;
      best.block.chunks.push(chunk);
    } else {
      out.push({ chunks: [chunk] });
    }
  }
  return out.map((b) => b.chunks).sort((a, b) => a[0]!.dir - b[0]!.dir || a[0]!.line - b[0]!.line || a[0]!.x0 - b[0]!.x0);
}

/**
 * A page's text as pdftotext prints it: blocks in reading order (upright text first, then each
 * turned direction), a blank line after each, words left to right, each line ending in a newline and
 * the page in a form feed. In layout mode, whole lines top to bottom with the columns spaced apart.
 */
export function pageText(page: ReadPage, layout = false): string {
  const pageLines = lines(page.runs);
  const body = layout
    ? pageLines.map((line) => `${lineText(line, true)}\n`).join('')
    : blocks(chunks(pageLines))
        .map((block) => `${block.map((chunk) => `${lineText(chunk.runs, false)}\n`).join('')}\n`)
        .join('');
  return `${body}\f`;
}

export interface WordBox {
  text: string;
  x0: number;
  x1: number;
}

/**
 * Each word of a page with where it starts and ends along its line, in points, as pdftotext -bbox
 * lists them. A word that starts or ends a text run has that edge exactly; within a run, pdf.js
 * does not say where each glyph sits, so the edges between words are shared out by characters.
 */
export function pageWords(page: ReadPage): WordBox[] {
  return lines(page.runs).flatMap((line) =>
    line.flatMap((run) => {
      const perChar = (run.x1 - run.x0) / Math.max(1, run.str.length);
      const first = run.str.length - run.str.trimStart().length;
      const last = run.str.trimEnd().length;
      return [...run.str.matchAll(/\S+/g)].map((m) => {
        const start = m.index;
        const stop = m.index + m[0].length;
        return { text: m[0], x0: start === first ? run.x0 : run.x0 + start * perChar, x1: stop === last ? run.x1 : run.x0 + stop * perChar };
      });
    }),
  );
}
