import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppInfo, TechfolioApi, TechfolioApiImpl } from '../core/api/contract';
import { createApiClient, createBridge } from '../core/api/client';
import { dispatch } from '../core/api/dispatch';
import type { StartupCheck } from '../core/api/methods/storage';
import type { Portfolio } from '../core/model/portfolio';
import { createApiImpl } from './api/implementation';
import { BackupService } from './services/backups';
import { APP_NAME } from './services/data-dir';
import { citedHashes, EvidenceVault } from './services/evidence-vault';
import { EvidenceTextCache } from './evidence-text/evidence-text-cache';
import { InboxService } from './inbox/inbox-service';
import { packImageCacheDir, tidyPackImageCache } from './pack/pack-image-cache';
import { PackService } from './pack/pack-service';
import { preparePhotosOnAdd, type PhotoPreparation } from './pack/prepare-on-add';
import type { StartWorker } from './pack/worker-location';
import { PathwaySummaryFiles } from './pathway/pathway-summary-files';
import { AppraisalFiles } from './appraisal/appraisal-files';
import { checkedFilesPath, vaultEvidenceSource } from './pack/vault-evidence-source';
import { loadBuiltInFrameworks } from './services/framework-files';
import { loadSubmissionProfiles } from './submission/profile-files';
import { checkStoreAtStartup } from './services/integrity-check';
import { acquirePortfolioLock } from './services/portfolio-lock';
import { purgeOldMadeFiles } from './services/made-files';
import { removedTempFilesNote, removeOrphanedTempFiles } from './services/orphaned-temp-files';
import { tightenedModesNote, tightenModes } from './services/private-files';
import { fileIdentity, PortfolioStore, type WriteStoreFile } from './services/portfolio-store';
import { validatedMarkFor } from './services/validated-mark';
import { localToday } from '../core/format/today';
import { sampleDataDir, SampleSwitch, switchingImpl } from './sample/sample-switch';

export interface BackendOptions {
  dataDir: string;
  transport: AppInfo['transport'];
  version: string;
  /** For fault tests: how portfolio.json is written (an atomic write by default). */
  writeStoreFile?: WriteStoreFile;
  onInternalError?: (error: unknown) => void;
  /**
   * The folder holding frameworks/ and fonts/. The packaged app passes `process.resourcesPath/assets`
   * (electron/shell/assets-dir.ts). The default is the repository's assets/ folder found from this
   * module's own address: this file lives one level below the root (electron/backend.ts) and so do
   * the bundles it is built into (dist/*.mjs), so '../assets/' is the same folder from sources
   * (tests, tsx) and from dist/, whatever the working directory.
   */
  assetsDir?: string;
  /** For tests: the clock used for timestamps, backups and the trash. */
  now?: () => Date;
  /** How the pack worker starts; by default the one beside this code (the bundle's, or the sources' through tsx). */
  startPackWorker?: StartWorker;
}

export interface Backend {
  /** The implementation, for a transport to hand to dispatch(). */
  impl: TechfolioApiImpl;
  /** The same calls through the contract's validation, for in-process callers such as the CLI. */
  api: TechfolioApi;
  portfolio: PortfolioStore;
  evidence: EvidenceVault;
  /** Added photos being prepared for print in the background; the CLI waits for them before it exits. */
  photos: PhotoPreparation;
  evidenceText: EvidenceTextCache;
  inbox: InboxService;
  backups: BackupService;
  /** What the startup check did and put right; core/storage/startup-notice.ts says what the user must hear. */
  startupCheck: StartupCheck;
  /** Stops the daily backup and releases the folder's lock. */
  close(): Promise<void>;
}

const STORE_NAME = 'portfolio';

/**
 * Opens the portfolio in a data folder: lock the folder, check the store (moving a damaged one
 * aside and restoring a backup), migrate an older format, take a backup, tidy the evidence
 * trash, then build the services and the API over them. Throws ApiError 'locked' when another
 * process has the folder open.
 *
 * The API given to the transports answers from the user's own folder, or from the sample
 * portfolio's folder while it is explored (exploreSample / leaveSample); `portfolio`, `evidence`
 * and `backups` are always the user's own.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const sample: SampleSwitch = new SampleSwitch(async () => {
    const opened = await openFolder({ ...options, dataDir: sampleDataDir(options.dataDir) }, sample);
    try {
      // The first time, the folder is filled with the made-up portfolio (the same one `techfolio sample` writes).
      const { isPortfolioEmpty, writeSamplePortfolio } = await import('./sample/sample-portfolio');
      if (isPortfolioEmpty(opened.portfolio.read())) await writeSamplePortfolio(opened, { seed: 1, today: localToday(now()) });
    } catch (error) {
      await opened.close();
      throw error;
    }
    return opened;
  });
  const own = await openFolder(options, sample);
  const impl = switchingImpl(own.impl, sample);
  return {
    ...own,
    impl,
    api: createApiClient(createBridge((method, args) => dispatch(impl, method, args, options.onInternalError))),
    close: async () => {
      try {
        await sample.close();
      } finally {
        await own.close();
      }
    },
  };
}

/** One data folder opened as described above, its API answering from that folder alone. */
async function openFolder(options: BackendOptions, sample: SampleSwitch): Promise<Backend> {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  const onError = options.onInternalError ?? (() => {});
  const lock = await acquirePortfolioLock(dataDir);
  try {
    const storePath = path.join(dataDir, `${STORE_NAME}.json`);
    const backups = new BackupService(dataDir, storePath, now);
    // With the lock held, nothing else is writing here: leftovers of killed writes can go, and
    // folders made by older versions are made private before anything is read or written.
    const notes = [
      tightenedModesNote(dataDir, await tightenModes(dataDir)),
      removedTempFilesNote(await removeOrphanedTempFiles(dataDir)),
    ].filter((note): note is string => note !== null);
    // The check validates the store; the store takes that reading rather than parse the file again.
    const readFrom = fileIdentity(storePath);
    let valid: Portfolio | undefined;
    const validatedMark = validatedMarkFor(storePath, options.version);
    const checked = await checkStoreAtStartup({ dataDir, storePath, backups, now, validatedMark, onValid: (read) => (valid = read) });
    const startupCheck: StartupCheck = notes.length > 0 ? { ...checked, notes } : checked;
    await backups.createBackup('startup');

    const portfolio = new PortfolioStore(storePath, { now, holdsLock: () => lock.held, validatedMark, ...(options.writeStoreFile ? { writeFile: options.writeStoreFile } : {}) });
    if (valid) portfolio.adopt(valid, readFrom);
    const evidence = new EvidenceVault(dataDir, portfolio, backups, now);
    await evidence.tidyTrash();
    const evidenceText = new EvidenceTextCache(dataDir, (sha256) => evidence.pathFor(sha256));
    evidenceText.start(portfolio.read());
    const inbox = new InboxService(dataDir, portfolio, evidence, evidenceText, now);
    await tidyPackImageCache(packImageCacheDir(dataDir), citedHashes(portfolio.read()));
    await purgeOldMadeFiles(dataDir, now());
    backups.startDaily(onError);

    const info: AppInfo = { name: APP_NAME, version: options.version, dataDir, transport: options.transport };
    const assetsDir = options.assetsDir ?? fileURLToPath(new URL('../assets/', import.meta.url));
    const builtInFrameworks = await loadBuiltInFrameworks(assetsDir);
    const submissionProfiles = await loadSubmissionProfiles(assetsDir);
    const evidenceSource = vaultEvidenceSource(evidence, checkedFilesPath(dataDir));
    const photos = preparePhotosOnAdd(packImageCacheDir(dataDir));
    // The vault's hash of an added file stands for the pack's check, and its photos are prepared while the user works on.
    evidence.onFileKept((kept) => {
      if (kept.hashedInPlace) void evidenceSource.vouch(kept.sha256);
      photos.add(kept);
      evidenceText.queue(kept.sha256, kept.mediaType);
      if (kept.mediaType === 'application/pdf') pack.inspectAdded(kept.sha256);
    });
    const pack = new PackService({ dataDir, assetsDir, evidence: evidenceSource, photosReady: () => photos.idle(), pauseBackground: () => evidenceText.hold(), version: options.version, now, ...(options.startPackWorker && { startWorker: options.startPackWorker }) });
    const impl = createApiImpl({ portfolio, info, evidence, evidenceText, inbox, backups, storage: { dataDir, startupCheck }, frameworks: { builtIn: builtInFrameworks }, pack, pathwaySummaries: new PathwaySummaryFiles(dataDir, assetsDir), submissionProfiles, appraisals: new AppraisalFiles(dataDir, assetsDir), sample });
    const api = createApiClient(createBridge((method, args) => dispatch(impl, method, args, options.onInternalError)));
    // Idempotent: a second caller (a repeated signal, say) waits for the same close to finish.
    let closing: Promise<void> | undefined;
    return {
      impl,
      api,
      portfolio,
      evidence,
      photos,
      evidenceText,
      inbox,
      backups,
      startupCheck,
      close: () => {
        closing ??= (async () => {
          backups.stopDaily();
          try {
            portfolio.markValidated();
            await photos.stop();
            await evidenceText.close();
            await pack.close();
            await evidenceSource.flush();
          } finally {
            await lock.release();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
