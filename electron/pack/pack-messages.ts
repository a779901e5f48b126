import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import type { FontBytes } from '../../core/pack/pack-document';
import type { EvidenceCheck } from '../../core/pack/evidence-source';
import type { CriterionCitations } from '../../core/pack/pack-citations';
import type { EvidencePrinted } from '../../core/pack/evidence-printed';
import type { PackOptions, SummaryOptions } from '../../core/pack/pack-options';
import type { WrittenBrief } from '../../core/pack/supporter-brief';
import type { FrameworkNames } from '../../core/pack/summaries';
import type { PackProgress } from '../../core/pack/write-pack';

/** What a worker is asked to make. Everything is plain data: it crosses a thread by structured clone. */
export type PdfJobInput =
  /** imageCacheDir: where photos as printed are kept between packs (pack-image-cache.ts). */
  /** mustFix: the preflight's must-fix findings; above 0, every page says it is a draft. */
  | { kind: 'pack'; portfolio: Portfolio; framework: Framework; options: PackOptions; fonts: FontBytes; imageCacheDir: string; mustFix: number }
  | { kind: 'cpd-summary'; portfolio: Portfolio; options: SummaryOptions & { date: string }; fonts: FontBytes }
  /** frameworks: the names of the frameworks the profile may name, by id. */
  | { kind: 'profile'; portfolio: Portfolio; date: string; fonts: FontBytes; frameworks: FrameworkNames }
  /** supporterId: who the brief is for; the nominated supporter when left out. */
  | { kind: 'supporter-brief'; portfolio: Portfolio; framework: Framework; supporterId?: string | undefined; date: string; fonts: FontBytes };

export type ToWorker =
  | { type: 'start'; input: PdfJobInput }
  | { type: 'evidence'; requestId: number; bytes: Uint8Array | null }
  | { type: 'evidence-check'; requestId: number; check: EvidenceCheck | null };

export type FromWorker =
  | { type: 'progress'; progress: PackProgress }
  /** The worker reads evidence through the main thread, so any EvidenceSource works unchanged. */
  | { type: 'evidence-request'; requestId: number; sha256: string }
  | { type: 'evidence-check-request'; requestId: number; sha256: string }
  /** citations: for a pack, what each criterion cites with evidence numbers and pages. */
  /** brief: for a supporter's brief, the statements' hashes to keep so a signed copy can be checked. */
  /** evidence: for a pack, how each evidence item was printed. */
  | { type: 'result'; bytes: Uint8Array; pages: number; citations?: CriterionCitations[] | undefined; brief?: BriefMade | undefined; evidence?: EvidencePrinted[] | undefined }
  | { type: 'error'; message: string };

/** What a supporter's brief showed, kept in the portfolio once the file is written. */
export type BriefMade = WrittenBrief['record'] & { shortFingerprint: string };

/** The buffer to transfer rather than copy, when the bytes own all of it. */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const buffer = bytes.buffer;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength ? [buffer] : [];
}
