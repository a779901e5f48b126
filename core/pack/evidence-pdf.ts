import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from '@cantoo/pdf-lib';
import { dropUnprintableAnnotations } from './annotation-flattening';
import { restoreIndirectLengthStreams } from './stream-lengths';

/**
 * Why a PDF's pages cannot be copied: it needs a password to open (encrypted with a user password
 * other than the empty one), its file structure is broken, or it parses but its objects are not
 * what pdf-lib can copy (a page tree that loops, a dictionary where a stream belongs...), in which
 * case a reader may still draw it.
 */
export type EvidencePdfProblem = 'user-password' | 'damaged' | 'cannot-copy';

export type LoadedEvidencePdf = { ok: true; doc: PDFDocument } | { ok: false; problem: EvidencePdfProblem; detail: string };

/** The errors pdf-lib's decryption throws when the empty user password does not open the file. */
const WRONG_PASSWORD = /^(NEEDS PASSWORD|Password incorrect)$/;

/** True when a page tree node lists one of its own ancestors (or itself) among its kids: no reader can list its pages. */
function pageTreeLoops(doc: PDFDocument): boolean {
  const onPath = new Set<PDFDict>();
  const done = new Set<PDFDict>();
  const resolve = (entry: PDFObject | undefined) => (entry instanceof PDFRef ? doc.context.lookup(entry) : entry);
  // Depth first without recursion: a node is pushed again as 'leave' under its kids.
  const stack: { node: PDFDict; leave: boolean }[] = [];
  const root = resolve(doc.catalog.get(PDFName.of('Pages')));
  if (root instanceof PDFDict) stack.push({ node: root, leave: false });
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (leave) {
      onPath.delete(node);
      done.add(node);
      continue;
    }
    if (onPath.has(node)) return true;
    if (done.has(node)) continue;
    onPath.add(node);
    stack.push({ node, leave: true });
    const kids = node.lookup(PDFName.of('Kids'));
    if (!(kids instanceof PDFArray)) continue;
    for (const kid of kids.asArray()) {
      const child = resolve(kid);
      if (child instanceof PDFDict) {
        if (onPath.has(child)) return true;
        stack.push({ node: child, leave: false });
      }
    }
  }
  return false;
}

/** True when a page refers to an object the file does not contain (cut short, or badly written). */
function hasDanglingReference(doc: PDFDocument): boolean {
  const seen = new Set<string>();
  const stack: PDFObject[] = doc.getPages().map((p) => p.node);
  while (stack.length > 0) {
    const obj = stack.pop()!;
    if (obj instanceof PDFRef) {
      if (seen.has(obj.tag)) continue;
      seen.add(obj.tag);
      const target = doc.context.lookup(obj);
      if (target === undefined) return true;
      stack.push(target);
    } else if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) if (key.asString() !== '/Parent') stack.push(value);
    } else if (obj instanceof PDFArray) {
      stack.push(...obj.asArray());
    } else if (obj instanceof PDFStream) {
      stack.push(obj.dict);
    }
  }
  return false;
}

/** Annotations that carry files, sound, video or 3D rather than marks on the page. */
const ACTIVE_ANNOTATIONS = new Set(['/FileAttachment', '/Sound', '/Movie', '/Screen', '/RichMedia', '/3D']);

/**
 * Evidence is printed, never run: every action a reader could run is removed from the pages
 * before they are copied (page open/close actions, annotation and form-field actions and scripts,
 * embedded files and media). Copying follows references from the pages, so what only the source
 * catalog holds (OpenAction, the JavaScript name tree, AcroForm) is never copied at all.
 */
export function removeActiveContent(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    page.node.delete(PDFName.of('AA'));
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) {
      page.node.delete(PDFName.of('Annots'));
      continue;
    }
    const kept: PDFObject[] = [];
    for (const entry of annots.asArray()) {
      const annot = entry instanceof PDFRef ? doc.context.lookup(entry) : entry;
      if (!(annot instanceof PDFDict)) continue;
      const subtype = annot.get(PDFName.of('Subtype'));
      if (subtype instanceof PDFName && ACTIVE_ANNOTATIONS.has(subtype.asString())) continue;
      // The widget's field (Parent) holds the form's scripts; its look (AP) stays.
      for (const key of ['A', 'AA', 'Parent']) annot.delete(PDFName.of(key));
      kept.push(entry);
    }
    page.node.set(PDFName.of('Annots'), doc.context.obj(kept));
  }
}

/**
 * Opens an evidence PDF for merging: every stream exactly as the file holds it
 * (restoreIndirectLengthStreams), annotations that would not print dropped, and its active content
 * removed (removeActiveContent).
 * Owner-password PDFs (printing allowed, no password to open) are decrypted with the empty user
 * password; a PDF that needs a password to open, or whose objects are broken or missing, is
 * reported so the pack can show a placeholder instead.
 * Never `ignoreEncryption`: it merges silently corrupted pages.
 */
export async function loadEvidencePdf(bytes: Uint8Array): Promise<LoadedEvidencePdf> {
  // Parsed in one go: by default pdf-lib waits on a timer (1 ms or more) after every 100 objects,
  // which in the pack worker, with nothing else to run, is only waiting.
  const parseSpeed = ParseSpeeds.Fastest;
  let doc: PDFDocument;
  try {
    // Strict first: an unencrypted file with broken objects is damaged, not quietly half-merged.
    doc = await PDFDocument.load(bytes, { password: '', throwOnInvalidObject: true, updateMetadata: false, parseSpeed });
  } catch (strictError) {
    // Encrypted objects cannot be parsed strictly (they are decrypted after parsing), so an
    // encrypted file gets a second, lenient load; the dangling-reference check below still runs.
    try {
      doc = await PDFDocument.load(bytes, { password: '', updateMetadata: false, parseSpeed });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // pdf-lib decrypts only when the trailer names an /Encrypt dictionary, so these errors mean
      // the file is encrypted and the empty password does not open it.
      if (WRONG_PASSWORD.test(message)) return { ok: false, problem: 'user-password', detail: message };
      return { ok: false, problem: 'damaged', detail: message };
    }
    // Only a file that was really decrypted earns the lenient load: an unencrypted file that fails
    // strictly is damaged, whatever words ("/Encrypt") its content streams happen to hold.
    if (!doc.context.isDecrypted) {
      return { ok: false, problem: 'damaged', detail: strictError instanceof Error ? strictError.message : String(strictError) };
    }
  }
  if (pageTreeLoops(doc)) return { ok: false, problem: 'damaged', detail: 'The list of pages loops back on itself.' };
  try {
    if (doc.getPageCount() === 0) return { ok: false, problem: 'damaged', detail: 'The PDF has no pages.' };
    if (hasDanglingReference(doc)) return { ok: false, problem: 'damaged', detail: 'The PDF refers to parts that are missing from the file.' };
  } catch (error) {
    // A page tree that loops or holds the wrong kinds of object: pdf-lib cannot walk it, a reader may.
    return { ok: false, problem: 'cannot-copy', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    restoreIndirectLengthStreams(doc, bytes);
    dropUnprintableAnnotations(doc);
    removeActiveContent(doc);
  } catch (error) {
    return { ok: false, problem: 'cannot-copy', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, doc };
}
