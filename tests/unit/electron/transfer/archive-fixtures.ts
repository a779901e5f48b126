import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Backend } from '../../../../electron/backend';
import { zipOf } from '../../../support/xlsx';

/** A portfolio with something of every kind an archive carries, including two evidence files. */
export async function fillPortfolio(backend: Backend): Promise<void> {
  await backend.api.addCpd({ title: 'Łukasz’s LC-MS workshop', startDate: '2025-03-25', hours: 1.5, category: 'formal', tags: ['lc-ms'] });
  await backend.api.addCpd({ title: 'Fume cupboard testing', startDate: '2024-11-02', hours: 6, description: 'With the estates team.' });
  await backend.api.addTraining({ course: 'Radiation protection supervisor', completedDate: '2024-01-10', renewalMonths: 36 });
  await backend.evidence.addFromBytes('certificate.txt', Buffer.from('Certificate of attendance: LC-MS workshop, 25 March 2025.\n'), { title: 'LC-MS certificate' });
  await backend.evidence.addFromBytes('notes.txt', Buffer.from('Fume cupboard face velocities recorded, all within 0.4–0.6 m/s.\n'), { title: 'Test notes' });
  await backend.api.addEvidenceNote({ title: 'Reflection note', note: 'Talked to the safety officer.' });
}

/** Every file under a folder with its size and bytes, to show a failed restore changed nothing. */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      // The lock is the running process's own; it is not portfolio content.
      if (entry.name.endsWith('.lock')) continue;
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(dir, full)] = `${(await stat(full)).size}:${(await readFile(full)).toString('base64')}`;
    }
  };
  await walk(dir);
  return out;
}

/** A zip with exactly these entries, for crafting archives the writer would never make. */
export const makeZip = zipOf;

/**
 * Renames an entry in place (local header and central directory), for names yazl itself refuses
 * to write, such as "../x" or "/etc/x". The new name must be as long as the old.
 */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from, 'utf8');
  for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, at + 1)) out.write(to, at, 'utf8');
  return out;
}

/** Sets the uncompressed size the central directory declares for an entry (a zip bomb's lie). */
export function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.indexOf(0x02014b50 & 0xff); at >= 0 && at < out.length - 46; at = out.indexOf(0x50, at + 1)) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}
