// Reads and draws PDFs with pdf.js (legacy build, on @napi-rs/canvas), so the tests need no
// poppler. Imported for asynchronous use (readDocument, renderPages), or run as a child process
// by pdf-reader.ts where a test needs its answer at once:
//   node pdfjs-pages.mjs read <file>
//     prints readDocument's answer as JSON;
//   node pdfjs-pages.mjs render <file> <dpi> <first> <last> <stem> [single]
//     runs renderPages.
import { createCanvas, DOMMatrix, ImageData, Path2D } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const g = globalThis;
g.DOMMatrix ??= DOMMatrix;
g.ImageData ??= ImageData;
g.Path2D ??= Path2D;
// The worker's code runs in this thread: no worker file to find.
g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

const require = createRequire(import.meta.url);
const dataDir = (name) => `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), name)}${path.sep}`;

async function open(file) {
  return pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    wasmUrl: dataDir('wasm'),
  }).promise;
}

/**
 * A page's text runs in the frame of the text itself: `dir` counts quarter turns of the text on the
 * page as shown (0 upright), x runs along the text and y down the lines, in points. A run's x0/x1
 * are where its first glyph starts and its last ends; y is its baseline.
 */
async function textRuns(page, viewport) {
  const content = await page.getTextContent();
  const runs = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform);
    const dir = ((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4;
    // Turn the page so this text reads upright: (x, y) in the text's own frame.
    const turn = [
      (x, y) => [x, y],
      (x, y) => [y, -x],
      (x, y) => [-x, -y],
      (x, y) => [-y, x],
    ][dir];
    const [x, y] = turn(e, f);
    runs.push({ str: item.str, dir, x0: x, x1: x + item.width, y, size: Math.hypot(c, d) });
  }
  return runs;
}

/** The document information, and each page's crop box size, /Rotate and text runs. */
export async function readDocument(file) {
  const doc = await open(file);
  const { info } = await doc.getMetadata();
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    pages.push({ width: x1 - x0, height: y1 - y0, rotate: page.rotate, runs: await textRuns(page, page.getViewport({ scale: 1 })) });
    page.cleanup();
  }
  await doc.destroy();
  return { info, pages };
}

/**
 * Writes pages first..last at `dpi` as PNGs named as pdftoppm names them: <stem>-<n>.png, n padded
 * to the digits of the page count, or <stem>.png for one page when `single`.
 */
export async function renderPages(file, { dpi, first, last, stem, single = false }) {
  const doc = await open(file);
  const digits = String(doc.numPages).length;
  for (let n = first; n <= last; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    // As a reader shows the page: annotations in their appearance, forms as filled in.
    await page.render({ canvas, canvasContext: context, viewport, annotationMode: pdfjs.AnnotationMode.ENABLE_FORMS, background: '#ffffff' }).promise;
    page.cleanup();
    writeFileSync(single ? `${stem}.png` : `${stem}-${String(n).padStart(digits, '0')}.png`, await canvas.encode('png'));
  }
  await doc.destroy();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, file, ...rest] = process.argv.slice(2);
  if (command === 'read') {
    process.stdout.write(JSON.stringify(await readDocument(file)));
  } else if (command === 'render') {
    const [dpi, first, last, stem, single] = rest;
    await renderPages(file, { dpi: Number(dpi), first: Number(first), last: Number(last), stem, single: single === 'single' });
  } else {
    process.stderr.write('usage: pdfjs-pages.mjs read <file> | render <file> <dpi> <first> <last> <stem> [single]\n');
    process.exitCode = 2;
  }
}
