import { loadEvidencePdf, type EvidencePdfProblem } from './evidence-pdf';

/** What the pack will make of an evidence PDF: its page count, or why it becomes a placeholder. */
export type PdfInspection = { ok: true; pages: number } | { ok: false; problem: EvidencePdfProblem };

/** Files are named by their SHA-256 and never change, so what was learnt about one holds for good. */
const known = new Map<string, PdfInspection>();
const KEEP = 2000;

/**
 * Opens an evidence PDF the way the pack will (same loader, same checks), so the preflight can say
 * before the pack is made which files will print as placeholders and how many pages each adds.
 */
export async function inspectEvidencePdf(sha256: string, read: () => Promise<Uint8Array | null>): Promise<PdfInspection | null> {
  const hit = known.get(sha256);
  if (hit) return hit;
  const bytes = await read();
  if (!bytes) return null;
  const loaded = await loadEvidencePdf(bytes);
  const result: PdfInspection = loaded.ok ? { ok: true, pages: loaded.doc.getPageCount() } : { ok: false, problem: loaded.problem };
  if (known.size >= KEEP) known.delete(known.keys().next().value!);
  known.set(sha256, result);
  return result;
}
