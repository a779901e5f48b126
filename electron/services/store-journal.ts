import { closeSync, fsyncSync, openSync, readFileSync, statSync, writevSync } from 'node:fs';
import path from 'node:path';
import type { Portfolio } from '../../core/model/portfolio';
import { writeFileAtomicSync } from './atomic-write';
import { PortfolioJson } from './portfolio-json';
import { PRIVATE_FILE_MODE } from './private-files';

/**
 * portfolio.journal: a second, independent copy of every acknowledged save, so that a
 * portfolio.json spoilt while the app is closed (truncated, overwritten, deleted, half copied)
 * is rebuilt with nothing lost, rather than from the last backup (taken at start or daily).
 *
 * Why a journal and not a second full copy: a second full copy (or portfolio.prev.json rotated by
 * rename, which then holds the save before last and so loses the newest one) would double the bytes
 * written and flushed at every save; saving must stay within twice a bare atomic write of
 * portfolio.json (README, Performance). The journal starts with one full snapshot and then takes a
 * small entry per save: only the records that changed, with the rest of each list named by
 * position in the list before. Appending and flushing a few hundred bytes costs far less than
 * writing the store again. When the entries outgrow the snapshot, or the journal is not the one
 * this process last wrote (a new session, a change from outside), it is written again whole,
 * atomically.
 *
 * The file is a sequence of entries, each a header line `{"entry":"snapshot"|"change","bytes":N,
 * "at":ISO}` then N bytes of JSON then a newline. An entry cut short by a crash is the last one
 * and was never acknowledged: reading stops there.
 */
export const journalPathFor = (storePath: string) => path.join(path.dirname(storePath), `${path.basename(storePath, '.json')}.journal`);

/** A list as pieces: a run [from, to) of the list before this save, or a record written out. */
type ListPiece = [number, number] | { r: unknown };

interface JournalChange {
  /** Fields replaced whole (the profile, a list that was not a list before). */
  set?: Record<string, unknown>;
  /** Lists rebuilt from pieces of the list before. */
  lists?: Record<string, ListPiece[]>;
  drop?: string[];
}

interface EntryHeader {
  entry: 'snapshot' | 'change';
  bytes: number;
  at: string;
}

const NEWLINE = Buffer.from('\n');
/** Entries smaller than this are never worth compacting, however small the snapshot. */
const MIN_COMPACT_BYTES = 1024 * 1024;

function listPieces(before: readonly unknown[], after: readonly unknown[]): ListPiece[] {
  const position = new Map<unknown, number>();
  before.forEach((item, index) => position.set(item, index));
  const pieces: ListPiece[] = [];
  for (const item of after) {
    const at = position.get(item);
    const last = pieces[pieces.length - 1];
    if (at === undefined) pieces.push({ r: item });
    else if (Array.isArray(last) && last[1] === at) last[1] = at + 1;
    else pieces.push([at, at + 1]);
  }
  return pieces;
}

/** What changed from one snapshot to the next. Snapshots are frozen, so an unchanged record is the same object. */
export function changeBetween(before: Portfolio, after: Portfolio): JournalChange {
  const change: JournalChange = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[key] === b[key]) continue;
    if (b[key] === undefined) (change.drop ??= []).push(key);
    else if (Array.isArray(a[key]) && Array.isArray(b[key])) (change.lists ??= {})[key] = listPieces(a[key] as unknown[], b[key] as unknown[]);
    else (change.set ??= {})[key] = b[key];
  }
  return change;
}

function applyChange(state: Record<string, unknown>, change: JournalChange): Record<string, unknown> {
  const next = { ...state };
  for (const [key, value] of Object.entries(change.set ?? {})) next[key] = value;
  for (const key of change.drop ?? []) delete next[key];
  for (const [key, pieces] of Object.entries(change.lists ?? {})) {
    const before = state[key];
    if (!Array.isArray(before)) throw new Error(`an entry changes the list "${key}", which is not a list`);
    next[key] = pieces.flatMap((piece) => {
      if (!Array.isArray(piece)) return [piece.r];
      const [from, to] = piece;
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > before.length || from >= to) throw new Error(`an entry names records of "${key}" that were not there`);
      return before.slice(from, to);
    });
  }
  return next;
}

export type JournalReading =
  | { ok: true; data: Record<string, unknown>; saves: number; lastSavedAt: string }
  | { ok: false; problem: string };

/**
 * Replays a journal into the portfolio data it ends with (not yet validated: the caller migrates
 * and checks it like any stored portfolio). A torn last entry is left out; any other damage makes
 * the whole journal unusable, since a later entry depends on every one before it.
 */
export function replayJournal(bytes: Buffer): JournalReading {
  let position = 0;
  let state: Record<string, unknown> | undefined;
  let saves = 0;
  let lastSavedAt = '';
  while (position < bytes.length) {
    const lineEnd = bytes.indexOf(0x0a, position);
    if (lineEnd < 0) break;
    let header: EntryHeader;
    try {
      header = JSON.parse(bytes.subarray(position, lineEnd).toString('utf8')) as EntryHeader;
    } catch {
      break;
    }
    const start = lineEnd + 1;
    const end = start + header.bytes;
    if (!Number.isInteger(header.bytes) || header.bytes < 0 || end >= bytes.length || bytes[end] !== 0x0a) break;
    let body: unknown;
    try {
      body = JSON.parse(bytes.subarray(start, end).toString('utf8'));
    } catch {
      break;
    }
    try {
      if (header.entry === 'snapshot' && typeof body === 'object' && body !== null && !Array.isArray(body)) {
        state = body as Record<string, unknown>;
        saves = 0;
      } else if (header.entry === 'change' && state && typeof body === 'object' && body !== null) {
        state = applyChange(state, body as JournalChange);
        saves += 1;
      } else {
        return { ok: false, problem: state ? `an entry of an unknown kind` : 'it does not start with a full copy' };
      }
    } catch (error) {
      return { ok: false, problem: (error as Error).message };
    }
    lastSavedAt = typeof header.at === 'string' ? header.at : lastSavedAt;
    position = end + 1;
  }
  if (!state) return { ok: false, problem: bytes.length === 0 ? 'it is empty' : 'it does not start with a full copy' };
  return { ok: true, data: state, saves, lastSavedAt };
}

/** Reads portfolio.journal; a missing or unreadable file is a reading that says so. */
export function readJournal(journalPath: string): JournalReading {
  let bytes: Buffer;
  try {
    bytes = readFileSync(journalPath);
  } catch (error) {
    return { ok: false, problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is none' : (error as Error).message };
  }
  return replayJournal(bytes);
}

const headerBytes = (entry: EntryHeader['entry'], bytes: number, at: Date) => Buffer.from(`${JSON.stringify({ entry, bytes, at: at.toISOString() })}\n`);

/** Writes the journal beside the store, one entry per acknowledged save. Used synchronously, like the store. */
export class StoreJournal {
  /** The portfolio that replaying the file on disk gives, when this process wrote it. */
  private state: Portfolio | undefined;
  private fileSize = 0;
  private snapshotSize = 0;

  constructor(
    readonly path: string,
    private readonly json: PortfolioJson,
    private readonly now: () => Date,
  ) {}

  /** Records that `next` is now stored; `previous` is the snapshot the change was made to, when known. */
  record(previous: Portfolio | undefined, next: Portfolio): void {
    try {
      if (previous !== undefined && previous === this.state && this.unchangedOnDisk() && this.fileSize - this.snapshotSize < Math.max(this.snapshotSize, MIN_COMPACT_BYTES)) {
        this.append(previous, next);
      } else {
        this.rewrite(next);
      }
      this.state = next;
    } catch (error) {
      // Whatever is on disk now is not known to replay to `next`: the next save writes it whole.
      this.state = undefined;
      throw error;
    }
  }

  /** The file is still the one this process wrote (not removed or cut short by something else). */
  private unchangedOnDisk(): boolean {
    return statSync(this.path, { throwIfNoEntry: false })?.size === this.fileSize;
  }

  private rewrite(portfolio: Portfolio): void {
    const chunks = this.json.chunks(portfolio);
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const header = headerBytes('snapshot', bytes, this.now());
    writeFileAtomicSync(this.path, [header, ...chunks, NEWLINE]);
    this.fileSize = header.length + bytes + 1;
    this.snapshotSize = this.fileSize;
  }

  private append(previous: Portfolio, next: Portfolio): void {
    const body = Buffer.from(JSON.stringify(changeBetween(previous, next)), 'utf8');
    const header = headerBytes('change', body.length, this.now());
    const fd = openSync(this.path, 'a', PRIVATE_FILE_MODE);
    try {
      const pending = [header, body, NEWLINE];
      while (pending.length > 0) {
        let written = writevSync(fd, pending);
        // A short write (a nearly full disk) is continued where it stopped.
        while (pending.length > 0 && written >= pending[0]!.length) written -= pending.shift()!.length;
        if (pending.length > 0 && written > 0) pending[0] = pending[0]!.subarray(written);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.fileSize += header.length + body.length + 1;
  }
}

/** Starts the journal afresh with one snapshot: after the startup check wrote portfolio.json itself. */
export function writeJournalSnapshot(journalPath: string, portfolio: Portfolio, now: () => Date): void {
  const chunks = new PortfolioJson().chunks(portfolio);
  const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  writeFileAtomicSync(journalPath, [headerBytes('snapshot', bytes, now()), ...chunks, NEWLINE]);
}
