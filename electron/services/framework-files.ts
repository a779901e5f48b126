import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblems, parseFrameworkText } from '../../core/frameworks/parse-framework';
import type { Framework } from '../../core/frameworks/schema';

/** The JSON Schema written beside the frameworks for editors; not a framework itself. */
export const FRAMEWORK_SCHEMA_FILE = 'framework.schema.json';

/** A shipped framework file that does not validate: a fault in the app, not in the user's data. */
export class BuiltInFrameworkError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`The built-in framework file ${file} is invalid; this is a fault in the app's own data:\n${detail}`);
    this.name = 'BuiltInFrameworkError';
  }
}

/**
 * Reads and validates every framework shipped in `<assetsDir>/frameworks/*.json`, in file-name
 * order. Any invalid file, a duplicate id or a missing folder throws BuiltInFrameworkError naming
 * the file and each problem, so a bad release fails its tests instead of hiding a framework.
 */
export async function loadBuiltInFrameworks(assetsDir: string): Promise<Framework[]> {
  const dir = path.join(assetsDir, 'frameworks');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json') && name !== FRAMEWORK_SCHEMA_FILE).sort();
  } catch (error) {
    throw new BuiltInFrameworkError(dir, `The folder could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const frameworks: Framework[] = [];
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const parsed = parseFrameworkText(await readFile(path.join(dir, name), 'utf8'));
    if (!parsed.ok) throw new BuiltInFrameworkError(name, formatProblems(parsed.problems));
    const clash = fileOf.get(parsed.framework.id);
    if (clash !== undefined) throw new BuiltInFrameworkError(name, `The id "${parsed.framework.id}" is also used by ${clash}.`);
    fileOf.set(parsed.framework.id, name);
    frameworks.push(parsed.framework);
  }
  return frameworks;
}
