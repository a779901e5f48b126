import type { BigIntStats } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceCheck, EvidenceSource } from '../../core/pack/evidence-source';
import { writeFileAtomic } from '../services/atomic-write';
import { hashFile } from '../services/file-hash';
import { PRIVATE_DIR_MODE } from '../services/private-files';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Which version of a file was hashed: any write to it changes its size, mtime or ctime. */
const identity = (stats: BigIntStats) => `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;

const SHA256 = /^[0-9a-f]{64}$/;
const IDENTITY = /^\d+:\d+:\d+:\d+$/;
/** How long after a check the remembered identities are written, so a pack's 300 checks write once. */
const SAVE_AFTER_MS = 1_000;

/** The vault's files for the pack, and a way to pass on what the vault already hashed. */
export interface VaultEvidenceSource extends EvidenceSource {
  /** The vault has just hashed the bytes now in this file (an add): its next check costs a stat, not a hash. */
  vouch(sha256: string): Promise<void>;
  /** Writes what is remembered now rather than after a pause (the folder is closing). */
  flush(): Promise<void>;
}

/** <data>/cache/evidence-checked.json: each evidence file found to match its name, with the identity it had then. */
export const checkedFilesPath = (dataDir: string): string => path.join(dataDir, 'cache', 'evidence-checked.json');

/** The identities kept by an earlier run; anything unreadable or malformed is taken as none (the files are hashed again). */
async function readKept(file: string | undefined): Promise<Map<string, string>> {
  const kept = new Map<string, string>();
  if (!file) return kept;
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    const files = (parsed as { files?: unknown } | null)?.files;
    if (files && typeof files === 'object') for (const [sha, id] of Object.entries(files)) if (SHA256.test(sha) && typeof id === 'string' && IDENTITY.test(id)) kept.set(sha, id);
  } catch {
    // Missing or spoilt: start afresh.
  }
  return kept;
}

/**
 * Evidence bytes from the vault's files (electron/services/evidence-vault.ts names them by hash).
 * A file found to match its name is remembered with its identity, so checking it again, as each
 * pack and its preflight do, costs a stat rather than hashing it again while it is unchanged.
 * With `keptIn`, what is remembered outlives the process (a pack after a restart hashes nothing
 * unchanged): any write to a file changes its ctime, which no tool can set back.
 */
export function vaultEvidenceSource(vault: { pathFor(sha256: string): string }, keptIn?: string): VaultEvidenceSource {
  let loaded: Promise<Map<string, string>> | undefined;
  const remembered = () => (loaded ??= readKept(keptIn));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let closed = false;
  const save = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (!keptIn || !dirty) return;
    dirty = false;
    const files = Object.fromEntries(await remembered());
    await mkdir(path.dirname(keptIn), { recursive: true, mode: PRIVATE_DIR_MODE });
    await writeFileAtomic(keptIn, JSON.stringify({ files }));
  };
  const changed = () => {
    if (!keptIn || closed) return;
    dirty = true;
    if (timer) return;
    timer = setTimeout(() => void save().catch(() => undefined), SAVE_AFTER_MS);
    timer.unref?.();
  };
  const matched = {
    get: async (sha256: string) => (await remembered()).get(sha256),
    set: async (sha256: string, id: string) => {
      const map = await remembered();
      if (map.get(sha256) === id) return;
      map.set(sha256, id);
      changed();
    },
    delete: async (sha256: string) => {
      if ((await remembered()).delete(sha256)) changed();
    },
  };
  return {
    flush: async () => {
      await save().catch(() => undefined);
      // The folder is closing: later checks (a cancelled job finishing) write nothing after its lock is let go.
      closed = true;
    },
    vouch: async (sha256) => {
      const stats = await stat(vault.pathFor(sha256), { bigint: true }).catch(() => undefined);
      if (stats) await matched.set(sha256, identity(stats));
    },
    read: async (sha256) => {
      try {
        return await readFile(vault.pathFor(sha256));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    check: async (sha256): Promise<EvidenceCheck> => {
      const file = vault.pathFor(sha256);
      let before: BigIntStats;
      try {
        before = await stat(file, { bigint: true });
      } catch (error) {
        if (isMissing(error)) return 'missing';
        throw error;
      }
      if ((await matched.get(sha256)) === identity(before)) return 'ok';
      await matched.delete(sha256);
      let hash: string;
      try {
        ({ sha256: hash } = await hashFile(file));
      } catch (error) {
        if (isMissing(error)) return 'missing';
        throw error;
      }
      if (hash !== sha256) return 'changed';
      // Remembered only if nothing wrote to the file while it was being hashed.
      const after = await stat(file, { bigint: true }).catch(() => undefined);
      if (after && identity(after) === identity(before)) await matched.set(sha256, identity(before));
      return 'ok';
    },
  };
}
