import { randomUUID } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import yazl from 'yazl';
import type { ZippedSubmission } from '../../core/submission/prepared';
import { writeFileAtomic } from '../services/atomic-write';
import { madeFilePath, safeFileName } from '../services/made-files';
import { submissionFolder } from './prepare-submission';

/**
 * Zips a prepared submission folder into one made file (<exportId>.zip in exports/), its files
 * under one folder named like the zip, so unpacking it gives back the folder. Null when the
 * folder is gone (prepared folders are removed after a week).
 */
export async function zipSubmissionFolder(dataDir: string, submissionId: string, name: string): Promise<ZippedSubmission | null> {
  const folder = submissionFolder(dataDir, submissionId);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  const top = safeFileName(name);
  const zip = new yazl.ZipFile();
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    // PDFs, Word files and images are compressed already; the text is small. Stored as they are.
    zip.addFile(path.join(folder, entry.name), `${top}/${entry.name}`, { compress: entry.name.endsWith('.txt') });
  }
  zip.end();
  const exportId = `submission-zip-${randomUUID()}`;
  const out = madeFilePath(dataDir, exportId, '.zip');
  await writeFileAtomic(out, zip.outputStream);
  return { exportId, fileName: `${top}.zip`, bytes: (await stat(out)).size };
}
