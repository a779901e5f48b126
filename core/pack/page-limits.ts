import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

/**
 * How much one evidence page may hold and still be copied as it is. Past these, copying takes
 * seconds per page, flattening makes a page with thousands of forms, and readers (and printers)
 * slow to a crawl or give up on it; such a page is printed as a rendered image instead.
 * - annotations that print: a page of 5,000 marks is already far beyond any real form;
 * - content operators: 2 MB of drawing instructions is a dense CAD plot or a scan traced to vectors;
 * - image pixels: 50 megapixels in one image is a poster photo, beyond any printed detail.
 */
export const PAGE_LIMITS = { annotations: 5_000, contentBytes: 2 * 1024 * 1024, imagePixels: 50_000_000 } as const;

/** What a page exceeds, in words for the placeholder or the preflight, or undefined when it is within every limit. */
export function pageOverLimits(doc: PDFDocument, pageIndex: number): string | undefined {
  const page = doc.getPage(pageIndex);
  const { context } = doc;
  const annots = page.node.lookup(PDFName.of('Annots'));
  const annotCount = annots instanceof PDFArray ? annots.size() : 0;
  if (annotCount > PAGE_LIMITS.annotations) return `it carries ${annotCount.toLocaleString('en-GB')} annotations (more than ${PAGE_LIMITS.annotations.toLocaleString('en-GB')})`;

  let contentBytes = 0;
  const contents = page.node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((item) => (item instanceof PDFRef ? context.lookup(item) : item)) : [contents];
  for (const stream of streams) {
    if (stream instanceof PDFStream) contentBytes += decodedSize(stream);
    if (contentBytes > PAGE_LIMITS.contentBytes) return `its drawing instructions run to more than ${PAGE_LIMITS.contentBytes / 1024 / 1024} MB`;
  }

  const pixels = largestImage(page.node.lookup(PDFName.of('Resources')), doc);
  if (pixels > PAGE_LIMITS.imagePixels) return `it holds an image of ${Math.round(pixels / 1e6)} megapixels (more than ${PAGE_LIMITS.imagePixels / 1e6})`;
  return undefined;
}

/** A stream's decoded length; its stored length when its filters are not ones pdf-lib decodes (images, which are not content). */
function decodedSize(stream: PDFStream): number {
  if (!(stream instanceof PDFRawStream)) return stream.getContentsSize();
  try {
    return decodePDFRawStream(stream).decode().length;
  } catch {
    return stream.getContentsSize();
  }
}

/** The most pixels of any image the resources (and forms within them, each once) draw. */
function largestImage(resources: PDFObject | undefined, doc: PDFDocument, seen = new Set<PDFObject>()): number {
  if (!(resources instanceof PDFDict) || seen.has(resources)) return 0;
  seen.add(resources);
  const xobjects = resources.lookup(PDFName.of('XObject'));
  if (!(xobjects instanceof PDFDict)) return 0;
  let most = 0;
  for (const [, value] of xobjects.entries()) {
    const object = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (!(object instanceof PDFStream) || seen.has(object)) continue;
    seen.add(object);
    const subtype = object.dict.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Image')) {
      const width = object.dict.lookup(PDFName.of('Width'));
      const height = object.dict.lookup(PDFName.of('Height'));
      if (width instanceof PDFNumber && height instanceof PDFNumber) most = Math.max(most, width.asNumber() * height.asNumber());
    } else if (subtype === PDFName.of('Form')) {
      most = Math.max(most, largestImage(object.dict.lookup(PDFName.of('Resources')), doc, seen));
    }
  }
  return most;
}
