import type { BigIntStats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { EvidenceCheck, EvidenceSource } from '../../core/pack/evidence-source';
import { readCacheJson, writeCacheJson } from '../services/cache-json';
import { hashFile } from '../services/file-hash';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Which version of a file was hashed: any write to it changes its size, mtime or ctime. */
const identity = (stats: BigIntStats) => `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;

/** What an earlier run found: each file's hash, with the identity it had when it matched. */
const Kept = z.object({ files: z.record(z.string().regex(/^[0-9a-f]{64}$/), z.string().regex(/^\d+:\d+:\d+:\d+$/)) });
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
  const kept = file ? await readCacheJson(file, Kept) : undefined;
  return new Map(Object.entries(kept?.files ?? {}));
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
    await writeCacheJson(keptIn, { files: Object.fromEntries(await remembered()) });
  };
  const changed = () => {
    if (!keptIn || closed) return;
    dirty = true;
    if (timer) return;
    timer = setTimeout(() => void save().catch(() => undefined), SAVE_AFTER_MS);
    timer.unref?.();
  };
  /** Remembers a file's identity as matching its name, keeping the change for the cache file. */
  const remember = async (sha256: string, id: string) => {
    const matched = await remembered();
    if (matched.get(sha256) === id) return;
    matched.set(sha256, id);
    changed();
  };
  return {
    flush: async () => {
      await save().catch(() => undefined);
      // The folder is closing: later checks (a cancelled job finishing) write nothing after its lock is let go.
      closed = true;
    },
    vouch: async (sha256) => {
      const stats = await stat(vault.pathFor(sha256), { bigint: true }).catch(() => undefined);
      if (stats) await remember(sha256, identity(stats));
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
      const matched = await remembered();
      if (matched.get(sha256) === identity(before)) return 'ok';
      if (matched.delete(sha256)) changed();
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
      if (after && identity(after) === identity(before)) await remember(sha256, identity(before));
      return 'ok';
    },
  };
}
