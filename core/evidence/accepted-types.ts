/**
 * Which files the evidence vault keeps, decided from what the content is (as detected from its
 * bytes), never from the name. Pure data and pure functions, so the UI can check before sending.
 */

/** Types kept as they are. Keys are media types as the detector reports them. */
export const ACCEPTED_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF document',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'image/tiff': 'TIFF image',
  'image/bmp': 'BMP image',
  'image/heic': 'HEIC photo',
  'image/heif': 'HEIF photo',
  'image/avif': 'AVIF image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'application/rtf': 'Rich Text document',
  'text/plain': 'text file',
  'text/csv': 'CSV file',
  'text/markdown': 'Markdown text',
  'application/json': 'JSON text',
  'application/xml': 'XML text',
  'text/html': 'web page',
  'image/svg+xml': 'SVG image',
};

/**
 * Kept, but they can carry scripts: the app shows them only as text or as a picture rendered
 * without scripts, never as active content.
 */
export const NEVER_RENDERED_MEDIA_TYPES: ReadonlySet<string> = new Set(['text/html', 'image/svg+xml']);

/** Programs: refused with their own message, whatever they are named. */
export const EXECUTABLE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/x-msdownload',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-executable',
  'application/x-sharedlib',
  'application/wasm',
  'application/java-archive',
  'application/vnd.android.package-archive',
  'application/x-apple-diskimage',
  'application/x-msi',
]);

/** What the content detector found: a media type, or nothing for plain text and unknown formats. */
export interface DetectedType {
  mime: string;
  ext: string;
}

export type EvidenceTypeVerdict =
  | { accepted: true; mediaType: string; description: string; neverRendered: boolean; notice?: string }
  | { accepted: false; reason: string };

const extensionOf = (fileName: string) => /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** Text needs no magic number: it is UTF-8 with no NUL bytes. The head may end mid-character. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Sorts text into the kinds that matter: markup that could run scripts, and plain text. */
function textMediaType(head: Uint8Array, fileName: string): string {
  const start = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').trimStart().slice(0, 2048).toLowerCase();
  if (/<svg[\s>]/.test(start)) return 'image/svg+xml';
  if (start.startsWith('<!doctype html') || /<html[\s>]/.test(start) || /<(script|body|head)[\s>]/.test(start)) return 'text/html';
  if (start.startsWith('<?xml')) return 'application/xml';
  // Among plain texts the name only picks a friendlier label: none of these can run anything.
  const byExtension: Record<string, string> = { csv: 'text/csv', md: 'text/markdown', json: 'application/json' };
  return byExtension[extensionOf(fileName)] ?? 'text/plain';
}

function refusedMessage(fileName: string, mime: string): string {
  if (EXECUTABLE_MEDIA_TYPES.has(mime)) {
    return `${fileName} is a program, not a document. Evidence can be documents, images or text; programs are never kept.`;
  }
  if (mime === 'application/x-cfb') {
    return `${fileName} is in an older Office format (.doc, .xls, .ppt) that cannot be told apart from an installer. Save it as PDF or .docx/.xlsx/.pptx and add that.`;
  }
  if (mime === 'application/zip' || mime.includes('compressed') || mime.includes('x-tar') || mime.includes('x-7z') || mime.includes('rar') || mime.includes('gzip')) {
    return `${fileName} is an archive. Unpack it and add the documents inside.`;
  }
  if (mime.startsWith('video/') || mime.startsWith('audio/')) {
    return `${fileName} is a recording. Evidence can be documents, images or text: add a still, a transcript or a note with a link instead.`;
  }
  return `${fileName} is a kind of file Techfolio does not keep (${mime}). Evidence can be PDFs, images, Office or OpenDocument files, or text.`;
}

/** Many computers cannot show or print HEIC photos; how to make a JPEG instead. */
const HEIC_NOTICE = (fileName: string) =>
  `${fileName} is an HEIC photo: it is kept, but it may not show here or print in your pack. To convert it to JPEG: on an iPhone choose Settings › Camera › Formats › Most Compatible (or share the photo by email); on a Mac open it in Preview and choose File › Export › JPEG; on Windows open it in Photos and choose Save as › JPEG. Then add the JPEG.`;

/**
 * Decides whether a file is kept, from the detector's answer and the first bytes (at least 4 KB
 * where the file has them). The name is used only in messages and to label plain text.
 */
export function classifyEvidence(fileName: string, detected: DetectedType | undefined, head: Uint8Array): EvidenceTypeVerdict {
  let mediaType: string;
  if (detected && detected.mime !== 'application/xml') {
    mediaType = detected.mime;
  } else if (head.length === 0) {
    return { accepted: false, reason: `${fileName} is empty.` };
  } else if (looksLikeText(head)) {
    mediaType = textMediaType(head, fileName);
  } else {
    return { accepted: false, reason: `Techfolio cannot tell what kind of file ${fileName} is, so it is not kept. Save it as a PDF, image or text file and add that.` };
  }
  const description = ACCEPTED_MEDIA_TYPES[mediaType];
  if (description === undefined) return { accepted: false, reason: refusedMessage(fileName, mediaType) };
  const neverRendered = NEVER_RENDERED_MEDIA_TYPES.has(mediaType);
  return {
    accepted: true,
    mediaType,
    description,
    neverRendered,
    ...(neverRendered ? { notice: `${fileName} is a ${description}: it is kept, but shown only as text, never run as a page.` } : {}),
    ...(mediaType === 'image/heic' || mediaType === 'image/heif' ? { notice: HEIC_NOTICE(fileName) } : {}),
  };
}
