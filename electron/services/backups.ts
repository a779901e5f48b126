import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo } from '../../core/api/methods/storage';
import { writeFileAtomic } from './atomic-write';
import { PRIVATE_DIR_MODE } from './private-files';

/** How many of the newest backups are kept; one backup a month is kept on top of these. */
export const KEEP_LATEST_BACKUPS = 10;
export const DAILY_MS = 24 * 60 * 60 * 1000;

export const backupsDir = (dataDir: string) => path.join(dataDir, 'backups');

// portfolio-2026-11-23T02-42-00-000Z-startup.json: sortable by name, no characters Windows refuses.
const NAME = /^portfolio-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z0-9-]{1,40})\.json$/;

const stampOf = (at: Date) => at.toISOString().replace(/[:.]/g, '-');
const dateOfStamp = (stamp: string) => stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');

export function backupFileName(at: Date, reason: string): string {
  const safeReason = reason.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'manual';
  return `portfolio-${stampOf(at)}-${safeReason}.json`;
}

export function parseBackupName(fileName: string): { createdAt: string; reason: string } | null {
  const match = NAME.exec(fileName);
  return match ? { createdAt: dateOfStamp(match[1]!), reason: match[2]! } : null;
}

/**
 * Rolling retention: the newest ten, plus the newest backup of every calendar month, so an old
 * mistake noticed months later can still be undone.
 */
export function backupsToKeep(backups: readonly Pick<BackupInfo, 'fileName' | 'createdAt'>[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST_BACKUPS).map((b) => b.fileName));
  const months = new Set<string>();
  for (const backup of newestFirst) {
    const month = backup.createdAt.slice(0, 7);
    if (months.has(month)) continue;
    months.add(month);
    keep.add(backup.fileName);
  }
  return keep;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Evidence hashes a stored portfolio (current or backup) cites, read leniently: a damaged backup cites nothing. */
export function citedEvidenceHashes(json: string): string[] {
  try {
    const data = JSON.parse(json) as { evidence?: unknown };
    if (!Array.isArray(data.evidence)) return [];
    return data.evidence.flatMap((item: unknown) => {
      const hash = (item as { file?: { sha256?: unknown } } | null)?.file?.sha256;
      return typeof hash === 'string' ? [hash] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Copies of portfolio.json in <data>/backups/, named by time and reason. Evidence files are not
 * copied: the vault never overwrites them, and the trash keeps any file a backup still cites.
 */
export class BackupService {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly dataDir: string,
    readonly storePath: string,
    private readonly now: () => Date = () => new Date(),
    /** Every backup is written through this (tests inject a full disk here). */
    private readonly write: (target: string, data: Uint8Array) => Promise<void> = writeFileAtomic,
  ) {}

  get dir(): string {
    return backupsDir(this.dataDir);
  }

  /** Every backup, newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const infos: BackupInfo[] = [];
    for (const fileName of names) {
      const parsed = parseBackupName(fileName);
      if (!parsed) continue;
      const { size } = await stat(path.join(this.dir, fileName));
      infos.push({ fileName, ...parsed, size });
    }
    return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
  }

  /**
   * Copies the store now. Routine backups ('startup', 'daily') are skipped when nothing changed
   * since the newest backup, so opening the portfolio often does not push older backups out.
   * Returns null when there was nothing to back up or nothing had changed.
   */
  async createBackup(reason: string): Promise<BackupInfo | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.storePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const existing = await this.list();
    const newest = existing[0];
    if ((reason === 'startup' || reason === 'daily') && newest) {
      const newestBytes = await readFile(path.join(this.dir, newest.fileName));
      if (sha256(newestBytes) === sha256(bytes)) return null;
    }
    await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    let at = this.now();
    // A clock set back must not make the newest copy look older than the rest: retention would delete it at once.
    if (newest && at.getTime() <= Date.parse(newest.createdAt)) at = new Date(Date.parse(newest.createdAt) + 1);
    // Two backups in one millisecond get distinct names rather than one overwriting the other.
    while (existing.some((b) => b.fileName === backupFileName(at, reason))) at = new Date(at.getTime() + 1);
    const fileName = backupFileName(at, reason);
    await this.write(path.join(this.dir, fileName), bytes);
    await this.prune();
    return { fileName, ...parseBackupName(fileName)!, size: bytes.length };
  }

  /**
   * One kept backup's text, for previewing or restoring it. Only a name the folder lists is read,
   * so a name can never reach outside the backups folder.
   */
  async read(fileName: string): Promise<{ info: BackupInfo; text: string } | null> {
    const info = (await this.list()).find((b) => b.fileName === fileName);
    if (!info) return null;
    return { info, text: await readFile(path.join(this.dir, info.fileName), 'utf8') };
  }

  /** Removes the backups retention no longer keeps. */
  async prune(): Promise<string[]> {
    const all = await this.list();
    const keep = backupsToKeep(all);
    const removed = all.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
    for (const fileName of removed) await rm(path.join(this.dir, fileName), { force: true });
    return removed;
  }

  /** Evidence hashes any kept backup cites. */
  async citedEvidence(): Promise<Set<string>> {
    const cited = new Set<string>();
    for (const backup of await this.list()) {
      const json = await readFile(path.join(this.dir, backup.fileName), 'utf8').catch(() => '');
      for (const hash of citedEvidenceHashes(json)) cited.add(hash);
    }
    return cited;
  }

  /** A backup a day while the app stays open. */
  startDaily(onError: (error: unknown) => void): void {
    this.stopDaily();
    this.timer = setInterval(() => void this.createBackup('daily').catch(onError), DAILY_MS);
    this.timer.unref();
  }

  stopDaily(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
