import type { Framework, UpgradeFrom } from '../frameworks/schema';
import type { CriterionMapping } from '../model/mapping';
import type { Portfolio } from '../model/portfolio';
import type { CompetenceStatement } from '../model/statement';
import { correspondenceOf } from './correspondence';
import type { CarryOverSummary } from './schema';
import { upgradeFramework } from './upgrade-view';

export type CarryOverParts = Pick<Portfolio, 'statements' | 'cpd' | 'training' | 'qualifications' | 'evidence' | 'activities'>;

type Mapped = { id: string; mappings: readonly CriterionMapping[]; updatedAt: string };

/**
 * Starts the higher register from what the applicant wrote for the lower one, by the higher file's
 * declared correspondence:
 * - each higher criterion with no statement of the user's gets the corresponding lower statements
 *   as a new statement marked as carried over (several are joined, each under its code), to rework;
 *   a statement the user already has is never touched;
 * - each record or evidence item mapped to a lower criterion gains mappings to the higher codes it
 *   feeds, unless it has them already.
 * So running it twice adds nothing the second time. Nothing of the lower register changes.
 */
export function carryOver(parts: CarryOverParts, lower: Framework, higher: Framework, upgrade: UpgradeFrom, now: string): { next: CarryOverParts; summary: Omit<CarryOverSummary, 'dryRun'> } {
  const c = correspondenceOf(lower, higher, upgrade);
  const higherCodes = new Set(higher.areas.flatMap((a) => a.criteria.map((x) => x.code)));
  const higherAliases = new Map(higher.aliases.map((a) => [a.from, a.to]));
  const resolveHigher = (code: string) => (higherCodes.has(code) ? code : higherAliases.get(code));

  const lowerText = new Map<string, string>();
  for (const s of parts.statements) {
    if (s.frameworkId !== lower.id || !s.text.trim()) continue;
    const code = c.resolveLower(s.code);
    // A statement under the current code wins over one kept under an old alias.
    if (code !== undefined && (s.code === code || !lowerText.has(code))) lowerText.set(code, s.text);
  }
  const written = new Map<string, CompetenceStatement>();
  for (const s of parts.statements) {
    const code = s.frameworkId === higher.id ? resolveHigher(s.code) : undefined;
    if (code !== undefined && (s.text.trim() || !written.has(code))) written.set(code, s);
  }

  const statementsCarried: CarryOverSummary['statementsCarried'] = [];
  const statementsKept: string[] = [];
  const replaced = new Map<CompetenceStatement, CompetenceStatement>();
  const created: CompetenceStatement[] = [];
  for (const code of higherCodes) {
    const from = (c.backward.get(code) ?? []).filter((f) => lowerText.has(f));
    if (from.length === 0) continue;
    const existing = written.get(code);
    if (existing?.text.trim()) {
      statementsKept.push(code);
      continue;
    }
    const text = from.length === 1 ? lowerText.get(from[0]!)!.trim() : from.map((f) => `[From ${lower.shortName} ${f}]\n${lowerText.get(f)!.trim()}`).join('\n\n');
    const carriedOver = { frameworkId: lower.id, codes: from, at: now };
    // An empty statement record (the editor opened, nothing typed) is filled in place, its history kept.
    if (existing) replaced.set(existing, { ...existing, text, updatedAt: now, carriedOver });
    else created.push({ frameworkId: higher.id, code, text, updatedAt: now, versions: [], carriedOver });
    statementsCarried.push({ code, from });
  }

  const mappingsAdded: CarryOverSummary['mappingsAdded'] = [];
  const extend = <T extends Mapped>(kind: string, titleOf: (r: T) => string) => (record: T): T => {
    const have = new Set(record.mappings.filter((m) => m.frameworkId === higher.id).map((m) => resolveHigher(m.code) ?? m.code));
    const extra: CriterionMapping[] = [];
    for (const m of record.mappings) {
      if (m.frameworkId !== lower.id) continue;
      const code = c.resolveLower(m.code);
      for (const to of code !== undefined ? (c.forward.get(code) ?? []) : []) {
        if (have.has(to)) continue;
        have.add(to);
        extra.push({ frameworkId: higher.id, code: to, note: m.note });
      }
    }
    if (extra.length === 0) return record;
    mappingsAdded.push({ kind, id: record.id, title: titleOf(record), codes: extra.map((m) => m.code) });
    return { ...record, mappings: [...record.mappings, ...extra], updatedAt: now };
  };

  const next: CarryOverParts = {
    statements: [...parts.statements.map((s) => replaced.get(s) ?? s), ...created],
    cpd: parts.cpd.map(extend('cpd', (r) => r.title)),
    training: parts.training.map(extend('training', (r) => r.course)),
    qualifications: parts.qualifications.map(extend('qualification', (r) => r.title)),
    evidence: parts.evidence.map(extend('evidence', (r) => r.title)),
    activities: parts.activities.map(extend('activity', (r) => r.title)),
  };
  return {
    next,
    summary: { from: upgradeFramework(lower), to: upgradeFramework(higher), statementsCarried, statementsKept, mappingsAdded, raised: [...upgrade.raised], new: [...upgrade.new] },
  };
}
