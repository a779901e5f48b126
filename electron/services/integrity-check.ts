import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { StartupCheck } from '../../core/api/methods/storage';
import { ApiError } from '../../core/api/errors';
import { formatUkDate } from '../../core/format/uk-date';
import { emptyPortfolio, Portfolio, PORTFOLIO_SCHEMA_VERSION } from '../../core/model/portfolio';
import { writeFileAtomic } from './atomic-write';
import { portfolioJson } from './portfolio-json';
import { markSaysValid, sha256Of, trustedPortfolio, type ValidatedMark, writeValidatedMark } from './validated-mark';
import type { BackupService } from './backups';
import { migrateToCurrent, NewerFormatError } from './migrations';
import { ACTIVITY_KIND_LABELS } from '../../core/commitment/activity-labels';
import { describeCounts, portfolioCounts } from '../../core/transfer/portfolio-contents';
import { PRIVATE_DIR_MODE } from './private-files';
import { journalPathFor, readJournal, writeJournalSnapshot } from './store-journal';

export const damagedDir = (dataDir: string) => path.join(dataDir, 'damaged');

export type StoreReading =
  | { ok: true; portfolio: Portfolio; fromVersion: number }
  | { ok: false; problem: string };

/** Reads stored portfolio text of any version: parse, migrate, validate. Never throws for bad data. */
export function readStoreText(text: string): StoreReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${(error as Error).message})` };
  }
  return readStoreData(data);
}

/** Stored portfolio data of any version, already parsed: migrate, validate. Throws only NewerFormatError. */
export function readStoreData(data: unknown): StoreReading {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'it does not hold a portfolio object' };
  let migrated;
  try {
    migrated = migrateToCurrent(data as Record<string, unknown>);
  } catch (error) {
    if (error instanceof NewerFormatError) throw error;
    return { ok: false, problem: (error as Error).message };
  }
  const parsed = Portfolio.safeParse(migrated.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `it does not fit the portfolio format (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'})` };
  }
  return { ok: true, portfolio: parsed.data, fromVersion: migrated.fromVersion };
}

/** Ids a record cites that name nothing: each as a sentence for `techfolio check`. */
export function danglingReferences(p: Portfolio): string[] {
  const evidence = new Set(p.evidence.map((e) => e.id));
  const cpd = new Set(p.cpd.map((r) => r.id));
  const problems: string[] = [];
  const citing = [
    ...p.cpd.map((r) => ({ what: `CPD record "${r.title}"`, ids: r.evidenceIds })),
    ...p.training.map((r) => ({ what: `Training record "${r.course}"`, ids: r.evidenceIds })),
    ...p.qualifications.map((r) => ({ what: `Qualification "${r.title}"`, ids: r.evidenceIds })),
    ...p.activities.map((r) => ({ what: `${ACTIVITY_KIND_LABELS[r.kind].one} record "${r.title}"`, ids: r.evidenceIds })),
    ...p.competenceRatings.map((r) => ({ what: `Rating of ${r.code} (${r.frameworkId})`, ids: r.evidenceIds })),
  ];
  for (const { what, ids } of citing) {
    for (const id of ids.filter((x) => !evidence.has(x))) problems.push(`${what} cites evidence ${id}, which is not in the portfolio.`);
  }
  for (const goal of p.goals) {
    for (const id of goal.cpdRecordIds.filter((x) => !cpd.has(x))) problems.push(`Goal "${goal.objective}" lists CPD record ${id}, which is not in the portfolio.`);
  }
  return problems;
}

const when = (iso: string) => `${formatUkDate(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;

/**
 * Runs before the store is opened. A readable store of an older format is backed up and migrated;
 * a store that is missing, not valid JSON or does not fit the schema is moved aside to
 * <data>/damaged/ (never deleted) and rebuilt from its journal, which holds every acknowledged save
 * (./store-journal.ts); only when the journal cannot be used does the newest good backup take its
 * place. The result says what happened, in
 * words for the user. A store from a newer version of the app is left alone and refused.
 */
export async function checkStoreAtStartup(options: {
  dataDir: string;
  storePath: string;
  backups: BackupService;
  now?: () => Date;
  /** Given the portfolio read and validated when the file was in good order and of this format, so it need not be read again. */
  onValid?: (portfolio: Portfolio) => void;
  /** The record of bytes already checked (./validated-mark.ts); without it every open checks in full. */
  validatedMark?: ValidatedMark;
}): Promise<StartupCheck> {
  const { dataDir, storePath, backups } = options;
  const now = options.now ?? (() => new Date());
  const journalPath = journalPathFor(storePath);
  // portfolio.json and its journal are made to agree whenever the store was written here.
  const mark = options.validatedMark;
  const settle = async (portfolio: Portfolio) => {
    const bytes = portfolioJson(portfolio);
    await writeFileAtomic(storePath, bytes);
    if (mark) writeValidatedMark(mark, sha256Of(bytes));
    writeJournalSnapshot(journalPath, portfolio, now);
  };
  let bytes: Buffer | null;
  try {
    bytes = await readFile(storePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    bytes = null;
  }
  const text = bytes === null ? null : bytes.toString('utf8');
  const sha256 = bytes !== null && mark ? sha256Of(bytes) : undefined;
  // Bytes this build has checked before are only parsed; anything else is checked in full.
  const trusted = text !== null && sha256 && mark && markSaysValid(mark, sha256) ? trustedPortfolio(text) : undefined;
  if (trusted) {
    if (journalIsOlder(storePath, journalPath)) writeJournalSnapshot(journalPath, trusted, now);
    options.onValid?.(trusted);
    return { outcome: 'ok', message: 'The portfolio was checked and is in good order.' };
  }

  let problem: string;
  let journal: { reading: StoreReading; lastSavedAt: string } | { problem: string } | undefined;
  if (text === null) {
    journal = readJournalCopy(journalPath);
    if ((await backups.list()).length === 0 && !('reading' in journal)) {
      await settle(emptyPortfolio());
      return { outcome: 'created', message: 'A new, empty portfolio was created.' };
    }
    problem = 'portfolio.json was missing';
  } else {
    let reading: StoreReading;
    try {
      reading = readStoreText(text);
    } catch (error) {
      if (error instanceof NewerFormatError) throw new ApiError({ code: 'refused', message: error.message });
      throw error;
    }
    if (reading.ok) {
      if (reading.fromVersion === PORTFOLIO_SCHEMA_VERSION) {
        // Written by something other than the store (an older Techfolio, a copy put back by hand):
        // the journal must hold this, not an older portfolio, should the file be spoilt later.
        if (journalIsOlder(storePath, journalPath)) writeJournalSnapshot(journalPath, reading.portfolio, now);
        options.onValid?.(reading.portfolio);
        return { outcome: 'ok', message: 'The portfolio was checked and is in good order.' };
      }
      await backups.createBackup(`before-migration-from-v${reading.fromVersion}`);
      await settle(reading.portfolio);
      return {
        outcome: 'migrated',
        message: `The portfolio was updated from format ${reading.fromVersion} to format ${PORTFOLIO_SCHEMA_VERSION}; a copy of the old file is in the backups folder.`,
      };
    }
    problem = `portfolio.json could not be read: ${reading.problem}`;
  }

  let damagedPath: string | undefined;
  if (text !== null) {
    await mkdir(damagedDir(dataDir), { recursive: true, mode: PRIVATE_DIR_MODE });
    damagedPath = path.join(damagedDir(dataDir), `portfolio-${now().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.json`);
    await rename(storePath, damagedPath);
  }
  const kept = damagedPath ? ` The damaged file was moved to ${damagedPath} and has not been deleted.` : '';
  const where = damagedPath ? { damagedPath } : {};

  // The journal holds every acknowledged save; a backup holds the portfolio as it was at one moment.
  journal ??= readJournalCopy(journalPath);
  if ('reading' in journal && journal.reading.ok) {
    const recovered = journal.reading.portfolio;
    await settle(recovered);
    return {
      outcome: 'recovered',
      message: `Your portfolio could not be opened (${problem}), so it was rebuilt from ${journalPath}, the second copy Techfolio keeps of every save (the last on ${when(journal.lastSavedAt)}). It holds ${describeCounts(portfolioCounts(recovered))}: nothing you saved has been lost.${kept}`,
      ...where,
      restoredFrom: journalPath,
    };
  }
  const journalProblem = 'reading' in journal ? (journal.reading.ok ? '' : journal.reading.problem) : journal.problem;
  const whyNotJournal = ` Its second copy (${path.basename(journalPath)}) could not be used: ${journalProblem}.`;

  for (const backup of await backups.list()) {
    const backupPath = path.join(backups.dir, backup.fileName);
    const backupText = await readFile(backupPath, 'utf8').catch(() => null);
    let reading: StoreReading | null = null;
    try {
      reading = backupText === null ? null : readStoreText(backupText);
    } catch {
      // A backup from a newer version cannot be restored here; try an older one.
    }
    if (!reading?.ok) continue;
    await settle(reading.portfolio);
    return {
      outcome: 'restored',
      message: `Your portfolio could not be opened (${problem}), so the backup from ${when(backup.createdAt)} was restored. Changes made after that backup are not in it.${whyNotJournal}${kept}`,
      ...where,
      restoredFrom: backupPath,
    };
  }
  await settle(emptyPortfolio());
  return {
    outcome: 'reset',
    message: `Your portfolio could not be opened (${problem}) and there was no good backup, so Techfolio started a new, empty portfolio.${whyNotJournal}${kept}`,
    ...where,
  };
}

/** The journal replayed and checked like any stored portfolio, or why it cannot be used. */
function readJournalCopy(journalPath: string): { reading: StoreReading; lastSavedAt: string } | { problem: string } {
  const replayed = readJournal(journalPath);
  if (!replayed.ok) return { problem: replayed.problem };
  try {
    return { reading: readStoreData(replayed.data), lastSavedAt: replayed.lastSavedAt };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** True when portfolio.json was written after its journal, so the journal no longer ends with it. */
function journalIsOlder(storePath: string, journalPath: string): boolean {
  const journal = statSync(journalPath, { bigint: true, throwIfNoEntry: false });
  const store = statSync(storePath, { bigint: true, throwIfNoEntry: false });
  return !journal || (store !== undefined && store.mtimeNs > journal.mtimeNs);
}
