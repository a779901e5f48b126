import { PORTFOLIO_SCHEMA_VERSION } from '../../../core/model/portfolio';
import { migrateV1ToV2 } from './v1-to-v2';

/** The key in portfolio.json that says which format it is in; files without it are version 1. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Keyed by the version a migration starts from; each returns the next version's data. Pure
 * functions of plain JSON, so each is tested on its own and in a chain from every older version.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1ToV2,
};

export class NewerFormatError extends Error {
  constructor(readonly version: number) {
    super(
      `This portfolio was saved by a newer version of Techfolio (format ${version}; this version reads up to ${PORTFOLIO_SCHEMA_VERSION}). Update Techfolio to open it; the file has not been changed.`,
    );
    this.name = 'NewerFormatError';
  }
}

/** The format version of parsed portfolio.json data. */
export function storedVersion(data: Record<string, unknown>): number {
  const version = data[SCHEMA_VERSION_KEY];
  if (version === undefined) return 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error(`The format version "${String(version)}" is not a version Techfolio has ever written.`);
  }
  return version;
}

/** Brings data of any earlier version to the current one; data already current comes back as it is. */
export function migrateToCurrent(data: Record<string, unknown>): { data: Record<string, unknown>; fromVersion: number } {
  const fromVersion = storedVersion(data);
  if (fromVersion > PORTFOLIO_SCHEMA_VERSION) throw new NewerFormatError(fromVersion);
  let current = data;
  for (let version = fromVersion; version < PORTFOLIO_SCHEMA_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new Error(`No migration from format ${version}.`);
    current = migrate(current);
  }
  return { data: current, fromVersion };
}
