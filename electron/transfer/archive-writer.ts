import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import yazl from 'yazl';
import { ApiError } from '../../core/api/errors';
import type { Portfolio } from '../../core/model/portfolio';
import { PORTFOLIO_SCHEMA_VERSION } from '../../core/model/portfolio';
import { ARCHIVE_FORMAT_VERSION, ARCHIVE_LAYOUT, type ArchiveManifest, evidenceEntryName } from '../../core/transfer/archive-manifest';
import { writeFileAtomic, type FileContent } from '../services/atomic-write';
import { portfolioJson } from '../services/portfolio-json';
import { hashFile } from '../services/file-hash';
import type { TransferEvidence } from './transfer-evidence';
import type { OnProgress } from './transfer-progress';

/** Every evidence file the portfolio cites, once each. */
export function citedFiles(portfolio: Portfolio): { sha256: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const item of portfolio.evidence) if (item.kind === 'file' && !seen.has(item.file.sha256)) seen.set(item.file.sha256, item.title);
  return [...seen].map(([sha256, title]) => ({ sha256, title }));
}

export interface WriteArchiveOptions {
  portfolio: Portfolio;
  evidence: TransferEvidence;
  appVersion: string;
  now?: () => Date;
  onProgress?: OnProgress;
  /** How the zip reaches the disk: an atomic, flushed write by default (fault tests inject a full disk here). */
  writeFile?: (target: string, content: FileContent) => Promise<void>;
}

/**
 * Writes a .techfolio archive: portfolio.json, every cited evidence file under evidence/<sha256>,
 * and manifest.json with the SHA-256 and size of each. Files stream from the vault into the zip,
 * each checked against its name first so a damaged vault file is reported, not archived. The zip is
 * written beside the target, flushed and renamed into place, so a failed export leaves no
 * half-written file and a finished one survives a power cut.
 */
export async function writeArchive(outPath: string, options: WriteArchiveOptions): Promise<{ bytes: number; manifest: ArchiveManifest }> {
  const { portfolio, evidence, onProgress } = options;
  const files = citedFiles(portfolio);
  const zip = new yazl.ZipFile();
  const manifestEvidence: ArchiveManifest['evidence'] = [];

  for (const [index, file] of files.entries()) {
    onProgress?.({ phase: 'evidence', done: index, total: files.length });
    const filePath = await evidence.pathOf(file.sha256);
    if (filePath === null) {
      zip.end();
      throw new ApiError({ code: 'refused', message: `The file for the evidence "${file.title}" is missing from the portfolio folder, so the archive would be incomplete. Remove that evidence item or add its file again, then export.` });
    }
    const actual = await hashFile(filePath);
    if (actual.sha256 !== file.sha256) {
      zip.end();
      throw new ApiError({ code: 'refused', message: `The file for the evidence "${file.title}" has been changed or damaged on disk, so it cannot be archived. Add the file again, then export.` });
    }
    zip.addFile(filePath, evidenceEntryName(file.sha256), { compress: true });
    manifestEvidence.push({ sha256: file.sha256, size: actual.size });
  }

  onProgress?.({ phase: 'portfolio', done: 0, total: 1 });
  const portfolioBytes = portfolioJson(portfolio);
  zip.addBuffer(portfolioBytes, ARCHIVE_LAYOUT.portfolio);
  const manifest: ArchiveManifest = {
    format: 'techfolio-archive',
    formatVersion: ARCHIVE_FORMAT_VERSION,
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    appVersion: options.appVersion,
    schemaVersion: PORTFOLIO_SCHEMA_VERSION,
    portfolio: { sha256: createHash('sha256').update(portfolioBytes).digest('hex'), size: portfolioBytes.length },
    evidence: manifestEvidence,
  };
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, undefined, 2), 'utf8'), ARCHIVE_LAYOUT.manifest);
  zip.end();

  onProgress?.({ phase: 'writing', done: 0, total: 1 });
  await (options.writeFile ?? writeFileAtomic)(outPath, zip.outputStream);
  onProgress?.({ phase: 'writing', done: 1, total: 1 });
  return { bytes: (await stat(outPath)).size, manifest };
}
