import rscitechJson from '../../../assets/frameworks/sc-rscitech.json';
import { computeCoverage } from '../../../core/coverage/coverage';
import type { MappedItem } from '../../../core/coverage/mapped-items';
import type { FrameworkCoverage } from '../../../core/coverage/schema';
import type { LoadedFramework } from '../../../core/frameworks/registry';
import { Framework } from '../../../core/frameworks/schema';
import { EvidenceItem } from '../../../core/model/evidence';
import type { CompetenceStatement } from '../../../core/model/statement';

/** The shipped RSciTech framework, as the backend loads it. */
export const rscitech: LoadedFramework = { origin: 'built-in', framework: Framework.parse(rscitechJson), overrides: [], unmatchedOverrides: [] };

/** Coverage as the backend computes it, for items and statements a test chooses. */
export function coverageOf(items: MappedItem[], statements: CompetenceStatement[] = [], framework: LoadedFramework = rscitech): FrameworkCoverage {
  return computeCoverage({ framework: framework.framework, items, statements, asOf: '2026-01-15' });
}

const STAMP = '2025-06-01T09:00:00.000Z';
let counter = 0;

export function makeEvidence(fields: Record<string, unknown> & { kind: 'file' | 'note' | 'link'; title: string }): EvidenceItem {
  counter += 1;
  return EvidenceItem.parse({ id: `evidence-${String(counter).padStart(4, "0")}`, date: '2025-11-23', description: '', mappings: [], createdAt: STAMP, updatedAt: STAMP, ...fields });
}

export const fileOf = (originalName: string, mediaType: string, sha = 'b') => ({ sha256: sha.repeat(64).slice(0, 64), size: 10_342, mediaType, originalName });
