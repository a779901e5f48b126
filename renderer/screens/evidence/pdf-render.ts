/**
 * PDF pages drawn to images with pdf.js, loaded only when a PDF is first shown so the first
 * screen stays small. The worker is a same-origin file: the strict CSP allows nothing else.
 */
import type * as PdfJsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsLib;
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return pdfjs;
}

export interface RenderedPdf {
  pageCount: number;
  /** Renders one page (1-based) as a PNG blob at about `width` CSS pixels wide. */
  renderPage(page: number, width: number): Promise<Blob>;
  close(): Promise<void>;
}

/** Opens a PDF from its bytes. Scripts and forms stay off: evidence is only looked at. */
export async function openPdf(bytes: Uint8Array): Promise<RenderedPdf> {
  const lib = await loadPdfJs();
  const doc = await lib.getDocument({ data: bytes, isEvalSupported: false, enableXfa: false }).promise;
  return {
    pageCount: doc.numPages,
    renderPage: async (pageNumber, width) => {
      const page = await doc.getPage(pageNumber);
      const base = page.getViewport({ scale: 1 });
      const scale = (width * (globalThis.devicePixelRatio || 1)) / base.width;
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
      return new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The page could not be drawn.'))), 'image/png'),
      );
    },
    close: () => doc.destroy(),
  };
}
