import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TechfolioApi } from '../../../core/api/contract';
import type { PackFinding } from '../../../core/pack/pack-options';
import { writeFileAtomic } from '../../services/atomic-write';
import { UserError } from '../user-error';

/** Refuses an --out path whose folder does not exist, before any work is done. */
export async function checkOutPath(out: string): Promise<string> {
  const target = path.resolve(out);
  const folder = await stat(path.dirname(target)).catch(() => null);
  if (!folder?.isDirectory()) throw new UserError(`--out: the folder ${path.dirname(target)} does not exist. Create it or choose another.`);
  if ((await stat(target).catch(() => null))?.isDirectory()) throw new UserError(`--out: ${target} is a folder; give a file name such as pack.pdf.`);
  return target;
}

/** Copies a made PDF from exports/ to the user's path (atomically) and removes the export. */
export async function deliverExport(api: TechfolioApi, exportId: string, target: string): Promise<void> {
  const { dataDir } = await api.getInfo();
  const { exportFilePath } = await import('../../pack/pack-service');
  await writeFileAtomic(target, await readFile(exportFilePath(dataDir, exportId)));
  await api.discardExport(exportId);
}

export function formatFindings(findings: readonly PackFinding[]): string {
  if (findings.length === 0) return 'Preflight: nothing to fix.\n';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const lines = findings.map((f) => `  ${f.severity === 'error' ? 'ERROR  ' : 'warning'}  ${f.message}`);
  return `Preflight: ${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}.\n${lines.join('\n')}\n`;
}
