import { Cache, PDFFlateStream, PDFName, typedArrayFor, type PDFDocument, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';

/** zlib-format compression (RFC 1950), as a PDF's FlateDecode filter reads it. Must give the same bytes for the same input. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** The part of pdf-lib's stream class that holds its compressed bytes (protected in its types). */
interface FlateStreamCache {
  contentsCache: Cache<Uint8Array>;
}

/**
 * Makes `doc` compress with `deflate` wherever pdf-lib would compress in JavaScript: the content
 * streams and form XObjects it writes, the object streams made at save, and the streams it
 * compresses at once (font files, CMaps, recompressed embedded pages). pdf-lib has no option for
 * this, so the document's own context is wrapped: every flate stream registered in it computes its
 * bytes with `deflate`, still lazily, so operators drawn after registering are included. core/
 * stays free of Node: the pack worker passes in Node's zlib, which is several times faster.
 * Only the cross-reference stream, a few kilobytes, stays with pdf-lib.
 */
export function deflateStreamsWith(doc: PDFDocument, deflate: Deflate): void {
  const { context } = doc;
  const assign = context.assign.bind(context);
  context.assign = (ref: PDFRef, object: PDFObject) => {
    if (object instanceof PDFFlateStream && object.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')) {
      (object as unknown as FlateStreamCache).contentsCache = Cache.populatedBy(() => deflate(object.getUnencodedContents()));
    }
    assign(ref, object);
  };
  context.flateStream = (contents, dict = {}) => context.stream(deflate(typedArrayFor(contents)), { ...dict, Filter: 'FlateDecode' });
}
