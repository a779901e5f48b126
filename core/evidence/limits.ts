/**
 * The largest evidence file the vault keeps. Certificates, photos and reports are far smaller; the
 * limit stops a video or disk image from swamping the portfolio folder and its backups.
 */
export const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

/** Shown whenever a file is over the limit, wherever it was checked. */
export function tooLargeMessage(fileName: string, size: number): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return `${fileName} is ${mb(size)} MB; evidence files can be up to ${mb(MAX_EVIDENCE_BYTES)} MB. Save a smaller copy (for example a PDF of the key pages) and add that.`;
}

/** The decoded size of a base64 string, computed without decoding it. */
export function base64DecodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * The largest API request that carries one evidence file: its base64 text (4 characters per 3
 * bytes) plus room for the JSON around it. A transport with a body limit must allow at least this.
 */
export const MAX_EVIDENCE_REQUEST_BYTES = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4 + 1024 * 1024;
