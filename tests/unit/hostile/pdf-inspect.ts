// Reads a finished PDF the way a checker would: qpdf's JSON view of every object, and the text pdf.js finds.
import { pageText, readPdf } from '../../support/pdf-reader';
import { qpdf } from '../../support/qpdf';

/** Name keys and values that make a PDF run something when opened or clicked. */
export const ACTIVE_CONTENT_NAMES = [
  '/JavaScript',
  '/JS',
  '/Launch',
  '/OpenAction',
  '/AA',
  '/AcroForm',
  '/SubmitForm',
  '/ImportData',
  '/XFA',
  '/RichMedia',
  '/EmbeddedFile',
  '/FileAttachment',
] as const;

interface QpdfStream {
  dict: Record<string, unknown>;
  data?: string;
}

/** Every object of the PDF as qpdf sees it (qpdf JSON v2), stream data inline as base64. */
export function qpdfObjects(pdfPath: string): Record<string, { value?: unknown; stream?: QpdfStream }> {
  const json = qpdf(['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', pdfPath]);
  const parsed = JSON.parse(json) as { qpdf: [unknown, Record<string, { value?: unknown; stream?: QpdfStream }>] };
  return parsed.qpdf[1];
}

/** Where any active-content name appears (as a dictionary key or a name value), or any string holding `marker`. */
export function findActiveContent(pdfPath: string, marker: string): string[] {
  const found: string[] = [];
  const names = new Set<string>(ACTIVE_CONTENT_NAMES);
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      if (names.has(value)) found.push(`${where}: name ${value}`);
      if (value.includes(marker)) found.push(`${where}: text ${value.slice(0, 80)}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${where}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (names.has(key)) found.push(`${where}: key ${key}`);
        if (key !== 'data') walk(v, `${where}.${key}`);
      }
    }
  };
  for (const [id, object] of Object.entries(qpdfObjects(pdfPath))) {
    walk(object.value ?? object.stream?.dict, id);
    // Content and other streams, decoded: a script hidden in a stream's text is found too.
    // (Object and cross-reference streams only repeat the objects qpdf has already listed one by one.)
    const type = object.stream?.dict['/Type'];
    const data = type === '/ObjStm' || type === '/XRef' ? undefined : object.stream?.data;
    if (data && Buffer.from(data, 'base64').includes(marker)) found.push(`${id}: stream data holds the marker`);
  }
  return found;
}

export interface EmbeddedImage {
  id: string;
  width: number;
  height: number;
  filter: unknown;
  /** The stream's bytes as stored (a JPEG for /DCTDecode). */
  bytes: Buffer;
}

export function embeddedImages(pdfPath: string): EmbeddedImage[] {
  return Object.entries(qpdfObjects(pdfPath)).flatMap(([id, object]) => {
    const dict = object.stream?.dict;
    if (!dict || dict['/Subtype'] !== '/Image') return [];
    return [{ id, width: Number(dict['/Width']), height: Number(dict['/Height']), filter: dict['/Filter'], bytes: Buffer.from(object.stream?.data ?? '', 'base64') }];
  });
}

/** qpdf --check's report; throws if qpdf finds errors or warnings. */
export function qpdfCheck(pdfPath: string): string {
  return qpdf(['--check', pdfPath]);
}

/** The text of the PDF in reading order, whitespace collapsed. */
export function pdfText(pdfPath: string): string {
  return readPdf(pdfPath)
    .pages.map((page) => pageText(page))
    .join('')
    .replace(/\s+/g, ' ');
}
