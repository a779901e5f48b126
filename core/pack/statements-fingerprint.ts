import type { BriefCriterion } from '../model/supporter-brief';

/**
 * The fingerprint of the statements a supporter's brief shows. Anyone holding the statements can
 * recompute it: SHA-256 over the UTF-8 of
 *
 *   JSON.stringify(["techfolio-statements-v1", frameworkId, [[code, text], ...]])
 *
 * with the criteria in the framework's order, each text as printed (Unicode NFC, line ends as
 * "\n", trimmed; "" where no statement is written). Each criterion's own hash is SHA-256 over
 * JSON.stringify(["techfolio-statement-v1", frameworkId, code, text]), so a changed brief can be
 * reported criterion by criterion.
 */
export const FINGERPRINT_FORMAT = 'techfolio-statements-v1';
const CRITERION_FORMAT = 'techfolio-statement-v1';

export interface ShownStatement {
  code: string;
  text: string;
}

/** The text as a brief prints it, so a fingerprint does not move with invisible differences. */
export const canonicalText = (text: string): string => text.normalize('NFC').replace(/\r\n?/g, '\n').trim();

export function canonicalStatements(frameworkId: string, statements: readonly ShownStatement[]): string {
  return JSON.stringify([FINGERPRINT_FORMAT, frameworkId, statements.map((s) => [s.code, canonicalText(s.text)])]);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface StatementsFingerprint {
  /** The full SHA-256, lower-case hex, as stored. */
  sha256: string;
  /** What the brief prints and its QR code carries: "3F9A-12BC-77D0-A1E4-90FF". */
  short: string;
  criteria: BriefCriterion[];
}

/** Groups of four hex digits, upper case: 80 bits, short enough to read aloud or type. */
const SHORT_GROUPS = 5;
export const shortFingerprint = (sha256: string): string =>
  Array.from({ length: SHORT_GROUPS }, (_, i) => sha256.slice(i * 4, i * 4 + 4).toUpperCase()).join('-');

/** The short form found anywhere in text (a PDF's text, a QR code's payload), as lower-case hex without dashes. */
export function findShortFingerprint(text: string): string | undefined {
  const match = /(?<![0-9A-Fa-f-])([0-9A-Fa-f]{4}(?:-[0-9A-Fa-f]{4}){4})(?![0-9A-Fa-f-])/.exec(text);
  return match ? match[1]!.replace(/-/g, '').toLowerCase() : undefined;
}

export async function criterionTextHash(frameworkId: string, code: string, text: string): Promise<string> {
  return sha256Hex(JSON.stringify([CRITERION_FORMAT, frameworkId, code, canonicalText(text)]));
}

export async function statementsFingerprint(frameworkId: string, statements: readonly ShownStatement[]): Promise<StatementsFingerprint> {
  const sha256 = await sha256Hex(canonicalStatements(frameworkId, statements));
  const criteria = await Promise.all(statements.map(async (s) => ({ code: s.code, textSha256: await criterionTextHash(frameworkId, s.code, s.text) })));
  return { sha256, short: shortFingerprint(sha256), criteria };
}
