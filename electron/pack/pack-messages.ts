import type { Framework } from '../../core/frameworks/schema';
import type { Portfolio } from '../../core/model/portfolio';
import type { FontBytes } from '../../core/pack/pack-document';
import type { EvidenceCheck } from '../../core/pack/evidence-source';
import type { CriterionCitations } from '../../core/pack/pack-citations';
import type { PackOptions, SummaryOptions } from '../../core/pack/pack-options';
import type { FrameworkNames } from '../../core/pack/summaries';
import type { PackProgress } from '../../core/pack/write-pack';

/** What a worker is asked to make. Everything is plain data: it crosses a thread by structured clone. */
export type PdfJobInput =
  /** imageCacheDir: where photos as printed are kept between packs (pack-image-cache.ts). */
  /** mustFix: the preflight's must-fix findings; above 0, every page says it is a draft. */
  | { kind: 'pack'; portfolio: Portfolio; framework: Framework; options: PackOptions; fonts: FontBytes; imageCacheDir: string; mustFix: number }
  | { kind: 'cpd-summary'; portfolio: Portfolio; options: SummaryOptions & { date: string }; fonts: FontBytes }
  /** frameworks: the names of the frameworks the profile may name, by id. */
  | { kind: 'profile'; portfolio: Portfolio; date: string; fonts: FontBytes; frameworks: FrameworkNames };

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
  | { type: 'result'; bytes: Uint8Array; pages: number; citations?: CriterionCitations[] | undefined }
  | { type: 'error'; message: string };

/** The buffer to transfer rather than copy, when the bytes own all of it. */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const buffer = bytes.buffer;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength ? [buffer] : [];
}
