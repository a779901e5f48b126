import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Portfolio, PORTFOLIO_SCHEMA_VERSION } from '../../core/model/portfolio';
import { writeFileAtomicSync } from './atomic-write';
import { SCHEMA_VERSION_KEY } from './migrations';

/**
 * portfolio.validated.json: says that the exact bytes of portfolio.json were checked against the
 * Portfolio schema of this build, so opening a big portfolio need not check every record again.
 * It holds the SHA-256 of those bytes, the format version and a fingerprint of the app's version
 * and schema. Opening trusts portfolio.json without the schema check only when all three match the
 * file and the app now; a changed file has another hash, an upgraded app another fingerprint, and
 * anything unreadable is ignored, so the worst a stale or spoilt mark can cost is a full check.
 *
 * It is written when portfolio.json is rebuilt at start, and when a folder the store saved into is
 * closed (hashing the file at every save would slow saving); never by an open that changes nothing,
 * and never flushed: a crash can only lose it or leave an older one, which no longer matches.
 */
export interface ValidatedMark {
  path: string;
  /** The build's fingerprint, worked out on first use (it walks the schema). */
  fingerprint: () => string;
}

interface MarkContent {
  sha256: string;
  schemaVersion: number;
  fingerprint: string;
}

export const validatedMarkPathFor = (storePath: string) => path.join(path.dirname(storePath), `${path.basename(storePath, '.json')}.validated.json`);

/** The mark beside a store, for this app version. */
export function validatedMarkFor(storePath: string, appVersion: string): ValidatedMark {
  let fingerprint: string | undefined;
  return { path: validatedMarkPathFor(storePath), fingerprint: () => (fingerprint ??= schemaFingerprint(appVersion)) };
}

/** SHA-256 of bytes written as one buffer or as chunks in order. */
export function sha256Of(data: Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const chunk of data instanceof Uint8Array ? [data] : data) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * The app version, the format version and the schema itself: every zod definition under Portfolio,
 * with its limits, patterns and the source of its refinements, so a build whose schema differs in
 * any way does not trust a mark written by another.
 */
export function schemaFingerprint(appVersion: string): string {
  const ids = new Map<object, number>();
  const parts: string[] = [appVersion, String(PORTFOLIO_SCHEMA_VERSION)];
  const walk = (value: unknown): void => {
    if (typeof value === 'function') return void parts.push(`f${value.toString()}`);
    if (typeof value !== 'object' || value === null) return void parts.push(`${typeof value}:${String(value)}`);
    const seen = ids.get(value);
    if (seen !== undefined) return void parts.push(`@${seen}`);
    ids.set(value, ids.size);
    const def = (value as { _zod?: { def?: unknown } })._zod?.def;
    if (def !== undefined) {
      parts.push('zod(');
      walk(def);
      return void parts.push(')');
    }
    if (value instanceof RegExp) return void parts.push(value.toString());
    parts.push(Array.isArray(value) ? '[' : '{');
    for (const key of Object.keys(value)) {
      parts.push(`${key}=`);
      walk((value as Record<string, unknown>)[key]);
    }
    parts.push(Array.isArray(value) ? ']' : '}');
  };
  walk(Portfolio);
  // One update of the joined text: thousands of small updates cost more than the walk.
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** True only when the mark says these bytes (by their hash) were checked by this build's schema. */
export function markSaysValid(mark: ValidatedMark, sha256: string): boolean {
  let content: Partial<MarkContent>;
  try {
    content = JSON.parse(readFileSync(mark.path, 'utf8')) as Partial<MarkContent>;
  } catch {
    return false;
  }
  return typeof content === 'object' && content !== null && content.schemaVersion === PORTFOLIO_SCHEMA_VERSION && content.sha256 === sha256 && content.fingerprint === mark.fingerprint();
}

/** Records that bytes with this hash are valid. Never throws: without a mark the next open checks in full. */
export function writeValidatedMark(mark: ValidatedMark, sha256: string): void {
  const content: MarkContent = { sha256, schemaVersion: PORTFOLIO_SCHEMA_VERSION, fingerprint: mark.fingerprint() };
  try {
    writeFileAtomicSync(mark.path, `${JSON.stringify(content)}\n`, { flush: false });
  } catch {
    // A full disk or a read-only folder: the store's own write is what matters.
  }
}

/**
 * portfolio.json text whose bytes a mark vouches for, as the Portfolio the schema would give: the
 * store wrote it from a checked portfolio, so parsing it is enough. Undefined when it is not of the
 * current format after all (the caller then checks it in full).
 */
export function trustedPortfolio(text: string): Portfolio | undefined {
  try {
    const data = JSON.parse(text) as Record<string, unknown> | null;
    if (typeof data !== 'object' || data === null || Array.isArray(data) || data[SCHEMA_VERSION_KEY] !== PORTFOLIO_SCHEMA_VERSION) return undefined;
    delete data[SCHEMA_VERSION_KEY];
    return data as Portfolio;
  } catch {
    return undefined;
  }
}
