import { loadCanvas } from './native-packages';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { imagePixelBudget } from '../../core/pack/page-geometry';
import { PdfRenderError, type PdfRenderer, type RenderedPdfPage } from '../../core/pack/pdf-rendering';
import type * as PdfJsLib from 'pdfjs-dist/legacy/build/pdf.mjs';

/** JPEG quality of a rendered page: text stays crisp at print resolution, files stay small. */
const QUALITY = 82;
/** Never more pixels than this for one page, whatever its size (a poster-sized page at 200 dpi). */
const MAX_PIXELS = 40_000_000;

type PdfJs = typeof PdfJsLib;
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use only: most packs never render a page. The canvas package's
 * DOMMatrix, ImageData and Path2D are set before pdf.js looks for them, and its worker code runs
 * in this thread (globalThis.pdfjsWorker), so nothing is loaded from a path a bundle cannot keep.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const { DOMMatrix, ImageData, Path2D } = await loadCanvas();
    const g = globalThis as Record<string, unknown>;
    g.DOMMatrix ??= DOMMatrix;
    g.ImageData ??= ImageData;
    g.Path2D ??= Path2D;
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    g.pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/**
 * Where pdf.js's own data sits: the standard fonts (for PDFs that name Helvetica without embedding
 * it), character maps and decoders. In the built app they are copied beside the worker
 * (scripts/build.mjs); from source they are read from node_modules.
 */
function dataDir(name: 'standard_fonts' | 'cmaps' | 'wasm', here = path.dirname(fileURLToPath(import.meta.url))): string {
  const bundled = here.endsWith(`${path.sep}dist`) || here.endsWith('/dist');
  return `${bundled ? path.join(here, 'pdfjs', name) : path.join(here, '..', '..', 'node_modules', 'pdfjs-dist', name)}${path.sep}`;
}

/**
 * Draws the chosen pages of a PDF with pdf.js as printed: annotations in their print appearance,
 * no scripts, no forms left live; each page white underneath, at `dpi` at the size the pack prints
 * it. A file that needs a password, or that pdf.js cannot open, throws PdfRenderError.
 */
export const renderPdfPages: PdfRenderer = async (bytes, choose, dpi) => {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    // pdf.js takes ownership of (and may detach) the buffer it is given.
    data: new Uint8Array(bytes),
    password: '',
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    wasmUrl: dataDir('wasm'),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PdfRenderError('user-password', 'The PDF needs a password to open.');
    throw new PdfRenderError('damaged', error instanceof Error ? error.message : String(error));
  }
  try {
    const { createCanvas } = await loadCanvas();
    const out: RenderedPdfPage[] = [];
    for (const index of choose(doc.numPages)) {
      if (index >= doc.numPages) throw new PdfRenderError('damaged', `The PDF has no page ${index + 1}.`);
      const page = await doc.getPage(index + 1);
      const base = page.getViewport({ scale: 1 });
      const target = imagePixelBudget(base.width, base.height, dpi);
      let scale = Math.min(target.width / base.width, target.height / base.height);
      scale = Math.min(scale, Math.sqrt(MAX_PIXELS / (base.width * base.height)));
      const viewport = page.getViewport({ scale });
      const width = Math.max(1, Math.round(viewport.width));
      const height = Math.max(1, Math.round(viewport.height));
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: context as unknown as CanvasRenderingContext2D,
        viewport,
        intent: 'print',
        annotationMode: lib.AnnotationMode.ENABLE_STORAGE,
        background: '#ffffff',
      }).promise;
      page.cleanup();
      out.push({ jpeg: new Uint8Array(await canvas.encode('jpeg', QUALITY)), widthPx: width, heightPx: height, pageIndex: index });
    }
    return out;
  } finally {
    await doc.destroy();
  }
};
