import path from 'node:path';
import { z } from 'zod';
import { PdfInspection, knownInspections, learnInspections } from '../../core/pack/evidence-inspection';
import { readCacheJson, writeCacheJson } from '../services/cache-json';

/** <data>/cache/pdf-inspections.json: what the preflight learnt of each evidence PDF, kept for the next start. */
export const inspectionCachePath = (dataDir: string): string => path.join(dataDir, 'cache', 'pdf-inspections.json');

const KEY = /^[0-9a-f]{64}\|[^\n]{0,500}$/;
const Kept = z.object({ version: z.string(), entries: z.array(z.tuple([z.string().regex(KEY), PdfInspection])) });

/**
 * The preflight tries every evidence PDF the way the pack prints it (core/pack/evidence-inspection.ts),
 * once per file and page choice. Kept on disk, a pack after a restart does not parse and copy every
 * file a second time before the worker starts. Written by this app version only: another version
 * may copy pages differently, so its file is ignored (and replaced).
 */
export class InspectionCache {
  private loaded: Promise<void> | undefined;
  private saved = -1;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {}

  /** Learns what was kept, once; a missing, spoilt or other version's file is taken as nothing. */
  load(): Promise<void> {
    this.loaded ??= (async () => {
      const kept = await readCacheJson(this.file, Kept);
      if (kept?.version === this.version) learnInspections(kept.entries);
      this.saved = knownInspections().length;
    })();
    return this.loaded;
  }

  /** Writes what is known now, if more is known than when last read or written. */
  async save(): Promise<void> {
    const entries = knownInspections();
    if (entries.length === this.saved) return;
    this.saved = entries.length;
    await writeCacheJson(this.file, { version: this.version, entries });
  }
}
