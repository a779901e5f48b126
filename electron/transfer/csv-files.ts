import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Portfolio } from '../../core/model/portfolio';
import { cpdCsv, trainingCsv } from '../../core/transfer/records-csv';
import { writeFileAtomic } from '../services/atomic-write';

export const CSV_FILE_NAMES = { cpd: 'cpd.csv', training: 'training.csv' } as const;

/** Writes cpd.csv and training.csv into a folder (made if missing), each atomically. */
export async function writeCsvExports(dir: string, portfolio: Portfolio): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = [
    [path.join(dir, CSV_FILE_NAMES.cpd), cpdCsv(portfolio.cpd)],
    [path.join(dir, CSV_FILE_NAMES.training), trainingCsv(portfolio.training)],
  ] as const;
  for (const [file, text] of files) await writeFileAtomic(file, text);
  return files.map(([file]) => file);
}
