import { type Portfolio, PORTFOLIO_SCHEMA_VERSION } from '../../core/model/portfolio';
import { SCHEMA_VERSION_KEY } from './migrations';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const BETWEEN_RECORDS = utf8(',\n');

/**
 * The bytes of portfolio.json: the format's version, then the portfolio, one record to a line so the
 * file stays readable and a change shows as changed lines.
 *
 * Each record's UTF-8 JSON is remembered against the record object: snapshots are frozen, so an
 * object seen before still has the same JSON, and a save encodes only the records it changed.
 * Encoding the whole portfolio again took longer than writing it to disk.
 */
export class PortfolioJson {
  private readonly recordBytes = new WeakMap<object, Buffer>();

  /** The file as chunks to write in order (writev), so nothing is copied to join them. */
  chunks(portfolio: Portfolio): Buffer[] {
    const parts: Buffer[] = [utf8(`{\n${JSON.stringify(SCHEMA_VERSION_KEY)}:${PORTFOLIO_SCHEMA_VERSION}`)];
    for (const [key, value] of Object.entries(portfolio)) {
      if (value === undefined) continue;
      if (!Array.isArray(value) || value.length === 0) {
        parts.push(utf8(`,\n${JSON.stringify(key)}:${JSON.stringify(value)}`));
        continue;
      }
      parts.push(utf8(`,\n${JSON.stringify(key)}:[\n`));
      value.forEach((record, index) => {
        if (index > 0) parts.push(BETWEEN_RECORDS);
        parts.push(this.recordJson(record));
      });
      parts.push(utf8('\n]'));
    }
    parts.push(utf8('\n}\n'));
    return parts;
  }

  private recordJson(record: unknown): Buffer {
    if (typeof record !== 'object' || record === null || !Object.isFrozen(record)) return utf8(JSON.stringify(record));
    let bytes = this.recordBytes.get(record);
    if (bytes === undefined) {
      bytes = utf8(JSON.stringify(record));
      this.recordBytes.set(record, bytes);
    }
    return bytes;
  }
}

/** The bytes for a one-off write (a restore, an archive): nothing worth remembering between calls. */
export const portfolioJson = (portfolio: Portfolio): Buffer => Buffer.concat(new PortfolioJson().chunks(portfolio));
