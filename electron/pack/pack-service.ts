import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import type { MadeFile, PackJob } from '../../core/api/methods/pack';
import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import type { EvidenceSource } from '../../core/pack/evidence-source';
import type { FontBytes } from '../../core/pack/pack-document';
import type { PackFinding, PackOptions, PreflightReport, SummaryOptions } from '../../core/pack/pack-options';
import { formatBytes } from '../../core/pack/pack-labels';
import { localToday as isoToday } from '../../core/format/today';
import type { FrameworkNames } from '../../core/pack/summaries';
import { writeFileAtomic } from '../services/atomic-write';
import { PRIVATE_DIR_MODE } from '../services/private-files';
import { exportsDir, madeFilePath, safeFileName } from '../services/made-files';
import type { InspectionCache } from './inspection-cache';
import { packImageCacheDir } from './pack-image-cache';
import { readPackFonts } from './pack-fonts';
import type { BriefMade, FromWorker, PdfJobInput, ToWorker } from './pack-messages';
import { startPackWorker, type StartWorker } from './worker-location';

export interface PackServiceOptions {
  dataDir: string;
  assetsDir: string;
  evidence: EvidenceSource;
  startWorker?: StartWorker;
  now?: () => Date;
  /** Resolves once photos added lately are prepared for print (./prepare-on-add.ts), so a pack does not prepare them a second time. */
  photosReady?: () => Promise<void>;
  /** Pauses background work (reading evidence text) while a PDF is made; returns the resume. */
  pauseBackground?: () => () => void;
  /** The app's version: what the preflight learnt of evidence PDFs is kept for the next start by this version only. */
  version?: string;
  /** Every made PDF is written through this (tests inject a full disk here). */
  writeFile?: (target: string, data: Uint8Array) => Promise<void>;
}

/** A job while it runs: its state (what getPackJob reports) and its worker, once started. */
interface LiveJob {
  state: PackJob;
  worker?: Worker | undefined;
  brief?: BriefMade | undefined;
}

interface JobRecord {
  live: LiveJob;
  finished: Promise<PackJob>;
}

/** Finished jobs kept for polling; older ones are forgotten. */
const KEEP_FINISHED = 20;

/**
 * Makes packs and summaries in a worker thread, one job per request, and writes each result
 * atomically to exports/<exportId>.pdf in the data folder. Cancelling terminates the worker, so
 * nothing is written.
 */
/** What a worker hands back: the PDF and, for a pack, what each criterion cites and how each evidence item was printed. */
type WorkerResult = Omit<Extract<FromWorker, { type: 'result' }>, 'type'>;

export class PackService {
  private readonly jobs = new Map<string, JobRecord>();
  private fonts?: Promise<FontBytes>;
  private charset?: Set<number>;
  private readonly startWorker: StartWorker;
  private readonly now: () => Date;
  private inspections: Promise<InspectionCache | undefined> | undefined;
  private savingInspections: Promise<void> = Promise.resolve();
  /** PDFs added lately, tried in the background one at a time (inspectAdded); stopped at close. */
  private inspecting: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: PackServiceOptions) {
    this.startWorker = options.startWorker ?? startPackWorker;
    this.now = options.now ?? (() => new Date());
  }

  get exportsDir(): string {
    return exportsDir(this.options.dataDir);
  }

  /** Where a made file is, for a transport to deliver it (save dialog, download route, CLI --out). */
  exportPath(exportId: string): string {
    return exportFilePath(this.options.dataDir, exportId);
  }

  private loadFonts(): Promise<FontBytes> {
    this.fonts ??= readPackFonts(this.options.assetsDir);
    return this.fonts;
  }

  async preflight(portfolio: Portfolio, framework: Framework, options: PackOptions): Promise<PreflightReport> {
    const fonts = await this.loadFonts();
    // The font reader loads with the first preflight, not when the portfolio opens.
    this.charset ??= (await import('../../core/pack/pack-document')).fontCharacterSet(fonts);
    const { preflightPack } = await import('../../core/pack/preflight');
    const inspections = await this.inspectionCache();
    await inspections?.load();
    const report = await preflightPack({ portfolio, framework, options: { ...options, date: options.date ?? isoToday(this.now()) }, evidence: this.options.evidence, charset: this.charset });
    if (inspections) this.saveInspections(inspections);
    return report;
  }

  /** Kept while the user works on (close waits for it): a failed write costs only a slower preflight after a restart. */
  private saveInspections(inspections: InspectionCache): void {
    this.savingInspections = this.savingInspections.then(() => inspections.save()).catch(() => undefined);
  }

  /**
   * Tries a newly added evidence PDF the way the preflight will, in the background and after any
   * PDF being made, so the first pack's preflight costs what a later one does. Failures are the
   * preflight's to report.
   */
  inspectAdded(sha256: string): void {
    this.inspecting = this.inspecting.then(async () => {
      // After every job under way, and any started meanwhile.
      for (let running = this.runningJobs(); running.length > 0 && !this.closed; running = this.runningJobs()) await Promise.all(running.map((job) => job.finished));
      if (this.closed) return;
      const inspections = await this.inspectionCache();
      if (!inspections) return;
      await inspections.load();
      const { inspectEvidencePdf } = await import('../../core/pack/evidence-inspection');
      await inspectEvidencePdf(sha256, undefined, () => this.options.evidence.read(sha256));
      this.saveInspections(inspections);
    }).catch(() => undefined);
  }

  private runningJobs(): JobRecord[] {
    return [...this.jobs.values()].filter((job) => job.live.state.status === 'running');
  }

  /** Loaded with the first preflight: it reads PDFs, which opening the portfolio must not load. */
  private inspectionCache(): Promise<InspectionCache | undefined> {
    const { version, dataDir } = this.options;
    this.inspections ??= version ? import('./inspection-cache').then(({ InspectionCache, inspectionCachePath }) => new InspectionCache(inspectionCachePath(dataDir), version)) : Promise.resolve(undefined);
    return this.inspections;
  }

  /** Starts a pack: preflight, then the worker. Returns at once with the job id to poll. */
  startPack(portfolio: Portfolio, framework: Framework, options: PackOptions): string {
    const date = options.date ?? isoToday(this.now());
    const fileName = safeFileName(`${framework.shortName} application - ${portfolio.profile.name || 'portfolio'} - ${date}.pdf`);
    const budget = options.maxMb * 1024 * 1024;
    // The estimate can be wrong; the made file is checked against the budget too.
    const checkSize = (bytes: number): PackFinding[] =>
      bytes <= budget
        ? []
        : [{ kind: 'over-size-budget', severity: 'warning', message: `The pack is ${formatBytes(bytes)}, over the ${formatBytes(budget)} limit. Make it again with images at a lower resolution, or leave out some large PDF evidence.`, target: { screen: 'pack' } }];
    return this.startJob(
      'pack',
      fileName,
      async (record) => {
        const report = await this.preflight(portfolio, framework, { ...options, date });
        record.state.findings = report.findings;
        const mustFix = report.findings.filter((f) => f.severity === 'error').length;
        await this.options.photosReady?.();
        return { kind: 'pack', portfolio, framework, options: { ...options, date }, fonts: await this.loadFonts(), imageCacheDir: packImageCacheDir(this.options.dataDir), mustFix };
      },
      checkSize,
    );
  }

  startCpdSummary(portfolio: Portfolio, options: SummaryOptions): string {
    const date = options.date ?? isoToday(this.now());
    const fileName = safeFileName(`CPD summary - ${portfolio.profile.name || 'portfolio'} - ${options.from} to ${options.to}.pdf`);
    return this.startJob('cpd-summary', fileName, async () => ({ kind: 'cpd-summary', portfolio, options: { ...options, date }, fonts: await this.loadFonts() }));
  }

  /** `frameworks` names the registrations the profile aims for; ids never reach the page. */
  startProfilePage(portfolio: Portfolio, date: string | undefined, frameworks: FrameworkNames): string {
    const day = date ?? isoToday(this.now());
    const fileName = safeFileName(`Profile - ${portfolio.profile.name || 'portfolio'} - ${day}.pdf`);
    return this.startJob('profile', fileName, async () => ({ kind: 'profile', portfolio, date: day, fonts: await this.loadFonts(), frameworks }));
  }

  /** A supporter's brief for one registration; `supporterId` defaults to its nominated supporter. */
  startSupporterBrief(portfolio: Portfolio, framework: Framework, supporterId: string | undefined, date: string | undefined): string {
    const day = date ?? isoToday(this.now());
    const fileName = safeFileName(`${framework.shortName} supporter's brief - ${portfolio.profile.name || 'portfolio'} - ${day}.pdf`);
    return this.startJob('supporter-brief', fileName, async () => ({ kind: 'supporter-brief', portfolio, framework, supporterId, date: day, fonts: await this.loadFonts() }));
  }

  /** What a finished brief job showed, for the portfolio to keep. */
  briefMade(jobId: string): BriefMade | undefined {
    return this.jobs.get(jobId)?.live.brief;
  }

  job(jobId: string): PackJob | undefined {
    const record = this.jobs.get(jobId);
    return record ? structuredClone(record.live.state) : undefined;
  }

  /** Waits for a job to finish (done, failed or cancelled). */
  async finished(jobId: string): Promise<PackJob | undefined> {
    return this.jobs.get(jobId)?.finished;
  }

  async cancel(jobId: string): Promise<boolean> {
    const live = this.jobs.get(jobId)?.live;
    if (!live || live.state.status !== 'running') return false;
    live.state.status = 'cancelled';
    await live.worker?.terminate();
    return true;
  }

  /** Ends every running job (the app is closing). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.jobs.keys()].map((id) => this.cancel(id)));
    await this.inspecting;
    await this.savingInspections;
  }

  private startJob(kind: PackJob['kind'], fileName: string, prepare: (record: LiveJob) => Promise<PdfJobInput>, checkMade: (bytes: number) => PackFinding[] = () => []): string {
    const jobId = randomUUID();
    const state: PackJob = { jobId, kind, status: 'running', progress: { done: 0, total: 1, stage: 'preflight' }, findings: [] };
    const live: LiveJob = { state };
    this.jobs.set(jobId, { live, finished: this.runJob(live, fileName, prepare, checkMade) });
    this.forgetOldJobs();
    return jobId;
  }

  private async runJob(record: LiveJob, fileName: string, prepare: (record: LiveJob) => Promise<PdfJobInput>, checkMade: (bytes: number) => PackFinding[]): Promise<PackJob> {
    // Started before the preflight, so loading the worker's code overlaps checking the evidence.
    const worker = this.openWorker(record);
    const resume = this.options.pauseBackground?.();
    try {
      const input = await prepare(record);
      if (record.state.status === 'running') {
        const { bytes, pages, citations, brief, evidence } = await worker.run(input);
        record.brief = brief;
        if (record.state.status === 'running') {
          const exportId = randomUUID();
          await mkdir(this.exportsDir, { recursive: true, mode: PRIVATE_DIR_MODE });
          await (this.options.writeFile ?? writeFileAtomic)(this.exportPath(exportId), bytes);
          const made = checkMade(bytes.byteLength);
          if (made.length > 0) record.state.findings = [...record.state.findings.filter((f) => f.kind !== 'over-size-budget'), ...made];
          record.state.result = { exportId, fileName, bytes: bytes.byteLength, pages, findings: record.state.findings, ...(citations ? { citations } : {}), ...(evidence ? { evidence } : {}) };
          record.state.status = 'done';
        }
      }
    } catch (error) {
      if (record.state.status === 'running') {
        record.state.status = 'failed';
        record.state.error = `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`;
      }
    } finally {
      resume?.();
      worker.stop();
      record.worker = undefined;
    }
    return structuredClone(record.state);
  }

  /** A worker started and listened to at once; `run` gives it the job, `stop` ends it whatever its state. */
  private openWorker(record: LiveJob): { run(input: PdfJobInput): Promise<WorkerResult>; stop(): void } {
    let start: (input: PdfJobInput) => void = () => {};
    let stop: () => void = () => {};
    const result = new Promise<WorkerResult>((resolve, reject) => {
      const worker = this.startWorker();
      record.worker = worker;
      start = (input) => worker.postMessage({ type: 'start', input } satisfies ToWorker);
      stop = () => settle(() => reject(new Error('Stopped.')));
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        action();
        void worker.terminate();
      };
      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'progress':
            record.state.progress = message.progress;
            break;
          case 'evidence-request':
            this.options.evidence.read(message.sha256).then(
              // Copied, not transferred: a source may hand out bytes it keeps (a cache, a Map).
              (bytes) => worker.postMessage({ type: 'evidence', requestId: message.requestId, bytes } satisfies ToWorker),
              () => worker.postMessage({ type: 'evidence', requestId: message.requestId, bytes: null } satisfies ToWorker),
            );
            break;
          case 'evidence-check-request':
            // null: the check itself failed (a read error); the worker fails the pack with it.
            this.options.evidence.check(message.sha256).then(
              (check) => worker.postMessage({ type: 'evidence-check', requestId: message.requestId, check } satisfies ToWorker),
              () => worker.postMessage({ type: 'evidence-check', requestId: message.requestId, check: null } satisfies ToWorker),
            );
            break;
          case 'result':
            settle(() => resolve({ bytes: message.bytes, pages: message.pages, citations: message.citations, brief: message.brief, evidence: message.evidence }));
            break;
          case 'error':
            settle(() => reject(new Error(message.message)));
            break;
        }
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', () => settle(() => reject(new Error(record.state.status === 'cancelled' ? 'Cancelled.' : 'The worker stopped unexpectedly.'))));
    });
    // A job that ends before run() (a failed preflight) never looks at the result.
    result.catch(() => {});
    return {
      run: (input) => {
        start(input);
        return result;
      },
      stop: () => stop(),
    };
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.entries()].filter(([, r]) => r.live.state.status !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}

/** exports/<exportId>.pdf in a data folder. */
export const exportFilePath = (dataDir: string, exportId: string): string => madeFilePath(dataDir, exportId, '.pdf');

export type { MadeFile, PackFinding };
