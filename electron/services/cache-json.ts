import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { makePrivateDir } from './private-files';

/**
 * A JSON file in the data folder's cache/, as `schema` says it must be. Missing, unreadable or
 * malformed is undefined: a cache is only ever made again, never trusted when spoilt.
 */
export async function readCacheJson<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically, its folder made (private) first. */
export async function writeCacheJson(file: string, value: unknown): Promise<void> {
  await makePrivateDir(path.dirname(file));
  await writeFileAtomic(file, JSON.stringify(value));
}
