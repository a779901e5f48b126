import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import type { EvidenceDrafts, InboxRun, InboxSettings } from '../../core/api/methods/inbox';
import { localToday } from '../../core/format/today';
import { isInboxCandidate } from '../../core/inbox/inbox-draft';
import type { EvidenceTextCache } from '../evidence-text/evidence-text-cache';
import type { EvidenceVault } from '../services/evidence-vault';
import { hashFile } from '../services/file-hash';
import { draftFromEvidence, draftsFromEvidence } from './draft-from-evidence';
import type { PortfolioStore } from '../services/portfolio-store';
import { readInboxState, writeInboxState, type InboxState } from './inbox-state';

/** How long a new file must keep the same size and time before it is taken (two looks this far apart). */
export const SETTLE_MS = 1500;

const signature = (size: number, mtimeMs: number) => `${size}:${Math.round(mtimeMs)}`;
const handledKey = (name: string, sig: string) => `${name}\u0000${sig}`;
const emptyRun = (folder: string | null): InboxRun => ({ folder, made: [], alreadyEvidence: [], refused: [], waiting: [] });

async function looks(folder: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile() || !isInboxCandidate(entry.name)) continue;
    const info = await stat(path.join(folder, entry.name)).catch(() => null);
    if (info?.isFile()) seen.set(entry.name, signature(info.size, info.mtimeMs));
  }
  return seen;
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The inbox folder: each new file (by content) is taken into the evidence vault once and cited by
 * a draft CPD record prefilled from its words. A file is taken only when its size and time are the
 * same at two looks, so a file still being copied or synced waits; nothing in the folder is ever
 * changed or deleted. One look at a time.
 */
export class InboxService {
  /** Each file's size and time at the last look, so a file unchanged since then is ready at once. */
  private lastLook = new Map<string, string>();
  /** Files (name and size/time) already dealt with since start, so a look need not hash them again. */
  private readonly handled = new Set<string>();
  private running: Promise<InboxRun> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly portfolio: PortfolioStore,
    private readonly evidence: EvidenceVault,
    private readonly evidenceText: EvidenceTextCache,
    private readonly now: () => Date = () => new Date(),
    private readonly settleMs: number = SETTLE_MS,
  ) {}

  private places() {
    return { portfolio: this.portfolio, evidenceText: this.evidenceText };
  }

  async settings(): Promise<InboxSettings> {
    const state = await readInboxState(this.dataDir);
    return { folder: state.folder, taken: Object.keys(state.taken).length };
  }

  /** Chooses the folder (null for none). It must exist and be a folder apart from the data folder. */
  async setFolder(folder: string | null): Promise<InboxSettings> {
    const state = await readInboxState(this.dataDir);
    if (folder === null || folder === '') {
      await writeInboxState(this.dataDir, { ...state, folder: null });
      return this.settings();
    }
    const chosen = await this.checkFolder(folder);
    this.lastLook.clear();
    await writeInboxState(this.dataDir, { ...state, folder: chosen });
    return this.settings();
  }

  private async checkFolder(folder: string): Promise<string> {
    if (!path.isAbsolute(folder)) throw new ApiError({ code: 'validation', message: `"${folder}" is not a full folder path. Give the whole path, such as C:\\Users\\you\\OneDrive\\Certificates or /home/you/Certificates.` });
    const resolved = path.resolve(folder);
    const info = await stat(resolved).catch(() => null);
    if (!info) throw new ApiError({ code: 'validation', message: `There is no folder at ${resolved}. Make the folder first, or check the path.` });
    if (!info.isDirectory()) throw new ApiError({ code: 'validation', message: `${resolved} is a file, not a folder. Choose the folder the file is in.` });
    const data = path.resolve(this.dataDir);
    if (isInside(resolved, data) || isInside(data, resolved)) {
      throw new ApiError({ code: 'validation', message: `The inbox cannot be the portfolio's own data folder (${data}), inside it or around it. Choose a separate folder.` });
    }
    return resolved;
  }

  /**
   * How many files in the chosen folder have not been dealt with since start: a cheap look (no
   * hashing, no writes), so the app can poll it and take in only when something has arrived.
   */
  async pending(): Promise<number> {
    const { folder } = await readInboxState(this.dataDir);
    if (folder === null) return 0;
    const seen = await looks(folder).catch(() => new Map<string, string>());
    return [...seen].filter(([name, sig]) => !this.handled.has(handledKey(name, sig))).length;
  }

  /** Takes in what is ready in the chosen folder, or in `folder` when given (the CLI). */
  takeIn(folder?: string): Promise<InboxRun> {
    this.running ??= this.run(folder).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(given?: string): Promise<InboxRun> {
    const state = await readInboxState(this.dataDir);
    const folder = given === undefined ? state.folder : await this.checkFolder(given);
    if (folder === null) return emptyRun(null);
    const run = emptyRun(folder);
    let first: Map<string, string>;
    try {
      first = await looks(folder);
    } catch {
      return { ...run, problem: `The inbox folder ${folder} cannot be read just now (it may be offline or renamed). It will be looked at again.` };
    }
    const ready = [...first].filter(([name, sig]) => this.lastLook.get(name) === sig).map(([name]) => name);
    const unsure = [...first.keys()].filter((name) => !ready.includes(name));
    let latest = first;
    if (unsure.length > 0 && this.settleMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.settleMs));
      latest = await looks(folder).catch(() => new Map<string, string>());
      for (const name of unsure) {
        if (latest.get(name) === first.get(name)) ready.push(name);
        else if (latest.has(name)) run.waiting.push(name);
      }
    } else {
      run.waiting.push(...unsure);
    }
    this.lastLook = latest;

    for (const name of ready.sort((a, b) => a.localeCompare(b))) {
      // An empty file is most often one still being written: it waits.
      if (latest.get(name)?.startsWith('0:')) {
        run.waiting.push(name);
        continue;
      }
      if (this.handled.has(handledKey(name, latest.get(name)!))) continue;
      if (await this.takeFile(path.join(folder, name), name, state, run)) this.handled.add(handledKey(name, latest.get(name)!));
    }
    return run;
  }

  /** The same review for files already in the vault (dropped on the evidence screen): a draft per file. */
  draftsFromEvidence(ids: readonly string[]): Promise<EvidenceDrafts> {
    return draftsFromEvidence(this.places(), ids, localToday(this.now()));
  }

  /** Takes one file; true once it is dealt with for good (taken, already evidence or refused), false when it must wait. */
  private async takeFile(file: string, name: string, state: InboxState, run: InboxRun): Promise<boolean> {
    const hashed = await hashFile(file).catch(() => null);
    if (!hashed) {
      run.waiting.push(name);
      return false;
    }
    if (state.taken[hashed.sha256]) return true;
    const at = this.now().toISOString();
    let added;
    try {
      added = await this.evidence.addFromPath(file);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'refused') throw error;
      run.refused.push({ fileName: name, reason: error.message });
      state.taken[hashed.sha256] = { name, at, outcome: 'refused' };
      await writeInboxState(this.dataDir, state);
      return true;
    }
    const item = added.item;
    if (item.kind !== 'file') return true;
    if (added.outcome === 'duplicate') {
      run.alreadyEvidence.push({ fileName: name, evidenceId: item.id });
      state.taken[item.file.sha256] = { name, at, outcome: 'already-evidence' };
      state.taken[hashed.sha256] = state.taken[item.file.sha256]!;
      await writeInboxState(this.dataDir, state);
      return true;
    }
    const { record, suggested } = await draftFromEvidence(this.places(), item, name, localToday(this.now()), 'inbox');
    run.made.push({ fileName: name, recordId: record.id, evidenceId: item.id, title: record.title, suggested });
    state.taken[item.file.sha256] = { name, at, outcome: 'draft', recordId: record.id };
    state.taken[hashed.sha256] = state.taken[item.file.sha256]!;
    await writeInboxState(this.dataDir, state);
    return true;
  }
}
