import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Real PDF readers (qpdf, poppler-utils) run on a written file: what a reader's software will see. */
export class PdfFile {
  constructor(readonly file: string) {}

  static write(dir: string, name: string, bytes: Uint8Array): PdfFile {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return new PdfFile(file);
  }

  /** qpdf --check: exit status and output (0 clean, 3 warnings, 2 errors). */
  check(): { status: number; output: string } {
    const run = spawnSync('qpdf', ['--check', this.file], { encoding: 'utf8' });
    return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
  }

  text(page?: number): string {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, this.file, '-'], { encoding: 'utf8' });
  }

  info(): Record<string, string> {
    const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', this.file], { encoding: 'utf8' });
    return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
  }

  pages(): number {
    return Number(this.info().Pages);
  }

  /** qpdf's JSON view (outlines, objects). */
  json(): { outlines: { title: string; kids: unknown[]; destpageposfrom1: number | null }[]; qpdf: [unknown, Record<string, { value?: unknown }>] } {
    return JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', '--json-key=qpdf', this.file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
  }
}

/** Every outline title, depth first. */
export function outlineTitles(items: readonly { title: string; kids: unknown[] }[]): string[] {
  return items.flatMap((item) => [item.title, ...outlineTitles(item.kids as { title: string; kids: unknown[] }[])]);
}
