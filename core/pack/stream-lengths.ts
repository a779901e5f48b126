import { PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument } from '@cantoo/pdf-lib';

/**
 * Puts back stream bytes pdf-lib's parser cut or overran. When a stream's /Length is an indirect
 * object (cairo, some scanners), the parser cannot know it yet and instead scans for the nearest
 * "endstream", dropping data that ends in "\r\n" or "\n" or running past an "endstream" inside
 * the data. Here, after loading, every such stream whose bytes differ from its resolved /Length
 * is sliced again from the file at its recorded length, and the /Length made direct (so the number
 * object is not copied along with it).
 *
 * Encrypted files are left as parsed: their raw bytes would need the file's decryption, which
 * pdf-lib does not expose.
 */
export function restoreIndirectLengthStreams(doc: PDFDocument, bytes: Uint8Array): void {
  const { context } = doc;
  if (context.trailerInfo.Encrypt) return;
  const wrong: { ref: PDFRef; stream: PDFRawStream; length: number }[] = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const declared = object.dict.get(PDFName.of('Length'));
    if (!(declared instanceof PDFRef)) continue;
    const length = context.lookup(declared);
    if (!(length instanceof PDFNumber)) continue;
    object.dict.set(PDFName.of('Length'), PDFNumber.of(object.contents.length));
    if (object.contents.length !== length.asNumber()) wrong.push({ ref, stream: object, length: length.asNumber() });
  }
  if (wrong.length === 0) return;
  const headers = objectHeaders(bytes);
  for (const { ref, stream, length } of wrong) {
    const data = sliceStream(bytes, headers.get(`${ref.objectNumber} ${ref.generationNumber}`) ?? [], length);
    if (!data) continue;
    stream.updateContents(data);
    stream.dict.set(PDFName.of('Length'), PDFNumber.of(data.length));
  }
}

/** Where each "n g obj" header ends in the file, in file order (a later one replaces an earlier). */
function objectHeaders(bytes: Uint8Array): Map<string, number[]> {
  // One char per byte, so string offsets are byte offsets.
  const text = new TextDecoder('latin1').decode(bytes);
  const found = new Map<string, number[]>();
  for (const match of text.matchAll(/(?<![0-9])(\d+)\s+(\d+)\s+obj\b/g)) {
    const key = `${Number(match[1])} ${Number(match[2])}`;
    const list = found.get(key) ?? [];
    list.push(match.index + match[0].length);
    found.set(key, list);
  }
  return found;
}

const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');
const ENDOBJ = ascii('endobj');
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/**
 * The `length` data bytes of the stream whose header ends at one of `starts`, the last that checks
 * out: "stream", an end of line, exactly `length` bytes, optional white space, "endstream".
 */
function sliceStream(bytes: Uint8Array, starts: readonly number[], length: number): Uint8Array | undefined {
  for (let i = starts.length - 1; i >= 0; i--) {
    const keyword = indexOf(bytes, STREAM, starts[i]!);
    if (keyword === -1) continue;
    const end = indexOf(bytes, ENDOBJ, starts[i]!);
    if (end !== -1 && end < keyword) continue;
    let at = keyword + STREAM.length;
    if (bytes[at] === 0x0d) at += 1;
    if (bytes[at] === 0x0a) at += 1;
    let after = at + length;
    while (after < bytes.length && isSpace(bytes[after])) after += 1;
    if (startsWith(bytes, ENDSTREAM, after)) return bytes.slice(at, at + length);
  }
  return undefined;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, word: Uint8Array, at: number): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, word: Uint8Array, from: number): number {
  let at = bytes.indexOf(word[0]!, from);
  while (at !== -1) {
    if (startsWith(bytes, word, at)) return at;
    at = bytes.indexOf(word[0]!, at + 1);
  }
  return -1;
}
