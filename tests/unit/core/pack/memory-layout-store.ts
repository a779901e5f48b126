import { createHash } from 'node:crypto';
import type { SectionLayoutStore } from '../../../../core/pack/section-cache';

/** Entries in memory, keyed as the worker's files are, with a way to spoil them. */
export class MemoryStore implements SectionLayoutStore {
  readonly entries = new Map<string, string>();
  failReads = false;
  async read(key: string) {
    if (this.failReads) throw new Error('unreadable');
    return this.entries.get(key);
  }
  async write(key: string, text: string) {
    this.entries.set(key, text);
  }
  async keepOnly(keys: ReadonlySet<string>) {
    for (const key of [...this.entries.keys()]) if (!keys.has(key)) this.entries.delete(key);
  }
  digest(parts: readonly (string | Uint8Array)[]) {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part).update('\0');
    return hash.digest('hex');
  }
}
