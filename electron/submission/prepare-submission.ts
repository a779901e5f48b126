import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import { formatBytes } from '../../core/pack/pack-labels';
import { PackOptions } from '../../core/pack/pack-options';
import { defaultPeriod, planPack } from '../../core/pack/pack-plan';
import type { FrameworkNames } from '../../core/pack/summaries';
import { pasteBlocks, pastePackText } from '../../core/submission/paste-pack';
import type { PreparedFile, PreparedSubmission } from '../../core/submission/prepared';
import { DOCUMENT_TYPE_LABELS, type DocumentType, type SubmissionDocument, type SubmissionProfile } from '../../core/submission/schema';
import type { BriefMade } from '../pack/pack-messages';
import type { PackService } from '../pack/pack-service';
import { writeFileAtomic } from '../services/atomic-write';
import { exportsDir, MADE_FILE_MAX_AGE_DAYS, safeFileName } from '../services/made-files';
import { PRIVATE_DIR_MODE } from '../services/private-files';
import { certificatesPdf, type CertificateFile } from './certificates-pdf';
import { competenceReportDocx, cvDocx } from './word-copy';

/** Image resolutions the pack is made at in turn, best first, until it fits its limit. */
export const PACK_DPI_STEPS = [200, 150, 100, 72, 50] as const;

export interface SubmissionDeps {
  dataDir: string;
  pack: PackService;
  readEvidence(sha256: string): Promise<Uint8Array>;
  /** Keeps what a supporter's brief showed, so the signed copy can be checked later. */
  keepBrief(made: BriefMade): void;
  frameworkNames: FrameworkNames;
}

/** A submission folder under exports/: `submission-<uuid>`, never any other path. */
export function submissionFolder(dataDir: string, submissionId: string): string {
  if (!/^submission-[a-z0-9-]{8,64}$/.test(submissionId)) throw new Error('Not a valid submission id.');
  return path.join(exportsDir(dataDir), submissionId);
}

/** A prepared folder's path, or null when it is gone (or the id names none). */
export async function findSubmissionFolder(dataDir: string, submissionId: string): Promise<string | null> {
  const folder = (() => {
    try {
      return submissionFolder(dataDir, submissionId);
    } catch {
      return null;
    }
  })();
  const info = folder ? await stat(folder).catch(() => null) : null;
  return info?.isDirectory() ? folder : null;
}

/** Submission folders left in exports/ past the made-file age are copies: removed like made files. */
async function purgeOldFolders(dataDir: string): Promise<void> {
  const dir = exportsDir(dataDir);
  const cutoff = Date.now() - MADE_FILE_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith('submission-')) continue;
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (info?.isDirectory() && info.mtimeMs < cutoff) await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

type Made = { bytes: Uint8Array; pages: number; note: string } | { error: string };

/**
 * Writes the files a body asks for into one folder: a PDF per document type (or one PDF), each
 * checked against the profile's byte and page limits, with images downsampled further until it
 * fits; a Word copy of the competence report and CV; and the paste pack for the online form. A
 * file that cannot be made to fit is not written: it is listed with the reason, so nothing
 * oversized is ever handed over as if it were fine.
 */
export async function prepareSubmission(deps: SubmissionDeps, portfolio: Portfolio, framework: Framework, profile: SubmissionProfile, date: string): Promise<PreparedSubmission> {
  await purgeOldFolders(deps.dataDir);
  const submissionId = `submission-${randomUUID()}`;
  const folder = submissionFolder(deps.dataDir, submissionId);
  await mkdir(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
  const owner = portfolio.profile.name || 'portfolio';
  const limit = profile.delivery === 'single-pdf' ? profile.singlePdfMaxBytes?.value : profile.maxFileBytes?.value;
  const files: PreparedFile[] = [];

  const write = async (name: string, bytes: Uint8Array) => writeFileAtomic(path.join(folder, name), bytes);

  /** One PDF from a pack-service job, taken out of exports/ and into the folder. */
  const fromJob = async (jobId: string): Promise<Made> => {
    const job = await deps.pack.finished(jobId);
    if (job?.status !== 'done' || !job.result) return { error: job?.error ?? 'The PDF was not made.' };
    const file = deps.pack.exportPath(job.result.exportId);
    const bytes = new Uint8Array(await readFile(file));
    await rm(file, { force: true });
    return { bytes, pages: job.result.pages, note: '' };
  };

  /** The pack at the best image resolution that fits: the preflight's estimates pick where to start. */
  const packWithin = async (): Promise<Made> => {
    const base = { frameworkId: framework.id, date, maxMb: (limit ?? 20 * 1024 * 1024) / (1024 * 1024) };
    const report = await deps.pack.preflight(portfolio, framework, PackOptions.parse(base));
    const estimated = report.size.atDpi.find((a) => limit === undefined || a.bytes <= limit)?.imageDpi;
    const steps = PACK_DPI_STEPS.filter((dpi) => dpi <= (estimated ?? 100));
    let last: Made = { error: 'The pack was not made.' };
    for (const imageDpi of steps) {
      last = await fromJob(deps.pack.startPack(portfolio, framework, PackOptions.parse({ ...base, imageDpi })));
      if ('error' in last || limit === undefined || last.bytes.byteLength <= limit) {
        return 'error' in last ? last : { ...last, note: imageDpi < 200 ? `images printed at ${imageDpi} dpi to fit` : '' };
      }
    }
    return last;
  };

  const certificates = async (): Promise<Made> => {
    const plan = planPack(portfolio, framework, { date });
    const items = plan.qualifications.flatMap((q) => q.evidence.map((e) => e.item));
    const chosen = items.filter((i): i is CertificateFile['item'] => i.kind === 'file' && (i.file.mediaType === 'application/pdf' || i.file.mediaType.startsWith('image/')));
    if (chosen.length === 0) return { error: 'No certificate files are attached to your qualifications. Add the certificates as evidence on each qualification.' };
    const made = await certificatesPdf(await Promise.all(chosen.map(async (item) => ({ item, bytes: await deps.readEvidence(item.file.sha256) }))), limit);
    if (!made.fits) return { error: `Even with every image at 50 dpi the certificates come to ${formatBytes(made.smallestBytes)}, over the ${formatBytes(limit!)} limit. Choose fewer pages of the longest PDF (its page selection in Evidence), or ask the body how to send them.` };
    const notes = [made.dpi < 150 ? `images at ${made.dpi} dpi` : '', made.rasterised ? 'PDF pages redrawn as images' : ''].filter(Boolean);
    return { bytes: made.bytes, pages: made.pages, note: notes.length > 0 ? `${notes.join(', ')} to fit` : '' };
  };

  const makeDocument = async (type: DocumentType): Promise<Made> => {
    switch (type) {
      case 'application-pack':
      case 'competence-report':
        return packWithin();
      case 'cv':
        return fromJob(deps.pack.startProfilePage(portfolio, date, deps.frameworkNames));
      case 'certificates':
        return certificates();
      case 'supporter-statement': {
        const jobId = deps.pack.startSupporterBrief(portfolio, framework, undefined, date);
        const made = await fromJob(jobId);
        const brief = deps.pack.briefMade(jobId);
        if (!('error' in made) && brief) deps.keepBrief(brief);
        return made;
      }
      case 'cpd-record':
        return fromJob(deps.pack.startCpdSummary(portfolio, { ...defaultPeriod(date), date }));
    }
  };

  const checkAndWrite = async (doc: SubmissionDocument, made: Made): Promise<PreparedFile> => {
    const label = DOCUMENT_TYPE_LABELS[doc.type];
    const name = safeFileName(`${framework.shortName} ${label} - ${owner}.pdf`);
    const bounds = { ...(limit !== undefined ? { limitBytes: limit } : {}), ...(doc.maxPages ? { maxPages: doc.maxPages.value } : {}) };
    if ('error' in made) return { name, role: doc.type, status: 'not-written', ...bounds, message: `${label} not written: ${made.error}` };
    const size = { bytes: made.bytes.byteLength, pages: made.pages };
    if (limit !== undefined && made.bytes.byteLength > limit) {
      return { name, role: doc.type, status: 'not-written', ...size, ...bounds, message: `${label} not written: at its smallest it is ${formatBytes(made.bytes.byteLength)}, over the ${formatBytes(limit)} limit. Leave out some large evidence, or choose fewer pages of long PDFs.` };
    }
    if (doc.maxPages && made.pages > doc.maxPages.value) {
      return { name, role: doc.type, status: 'not-written', ...size, ...bounds, message: `${label} not written: it has ${made.pages} pages, over the ${doc.maxPages.value} the body allows. Shorten it and prepare again.` };
    }
    await write(name, made.bytes);
    return { name, role: doc.type, status: 'written', ...size, ...bounds, message: `${label}: ${formatBytes(made.bytes.byteLength)}, ${made.pages} page${made.pages === 1 ? '' : 's'}${made.note ? ` (${made.note})` : ''}.` };
  };

  for (const doc of profile.documents) files.push(await checkAndWrite(doc, await makeDocument(doc.type)));

  // Word copies for people who edit in Word; not uploads, so no byte limit applies to them.
  for (const [name, bytes] of [
    [safeFileName(`${framework.shortName} competence report - ${owner}.docx`), await competenceReportDocx(portfolio, framework, date)],
    [safeFileName(`CV - ${owner}.docx`), await cvDocx(portfolio)],
  ] as const) {
    await write(name, bytes);
    files.push({ name, role: 'word-copy', status: 'written', bytes: bytes.byteLength, message: `Word copy: ${formatBytes(bytes.byteLength)}.` });
  }

  const blocks = pasteBlocks(portfolio, framework, profile, date);
  if (blocks.length > 0) {
    const text = new TextEncoder().encode(pastePackText(blocks, framework, profile));
    const name = 'Paste into the online form.txt';
    await write(name, text);
    const over = blocks.filter((b) => b.over).length;
    files.push({ name, role: 'paste-pack', status: 'written', bytes: text.byteLength, message: `${blocks.length} block${blocks.length === 1 ? '' : 's'} to paste${over > 0 ? `, ${over} over the form's limit` : ''}.` });
  }

  return {
    submissionId,
    folder,
    profileId: profile.id,
    profileName: profile.name,
    files,
    fields: blocks.map(({ label, code, unit, count, limit: max, suggested, over }) => ({ label, ...(code ? { code } : {}), unit, count, ...(max !== undefined ? { limit: max } : {}), ...(suggested !== undefined ? { suggested } : {}), over })),
    complete: files.every((f) => f.status === 'written'),
  };
}
