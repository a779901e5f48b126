import { type Portfolio, PORTFOLIO_LIST_NAMES, emptyPortfolio } from '../model/portfolio';

/** A record the merge left as it is because this portfolio's copy was changed later than the archive's. */
export interface KeptNewer {
  list: string;
  label: string;
}

export interface MergeSummary {
  /** Records only the archive held, now added. */
  added: number;
  /** Records both held, taken from the archive because its copy was changed later. */
  updated: number;
  /** Records both held, identical or the same age: nothing to do. */
  unchanged: number;
  /** Records both held where this portfolio's copy is newer: kept, and named so the user knows. */
  keptNewer: KeptNewer[];
  /** Whether the archive's profile was taken (only when this portfolio's profile was still empty). */
  profileTaken: boolean;
}

type Item = Record<string, unknown>;

/**
 * What makes two records "the same record" in two copies of a portfolio. Most lists carry an id;
 * statements and wording overrides are one per criterion; import choices one per header row; the
 * rest (gap explanations, dismissals) are plain values, equal only when identical.
 */
function identityOf(item: Item): string {
  if (typeof item.id === 'string') return `id:${item.id}`;
  if (typeof item.frameworkId === 'string' && typeof item.code === 'string' && !('itemId' in item)) return `criterion:${item.frameworkId}:${item.code}`;
  if (typeof item.signature === 'string') return `signature:${item.signature}`;
  return `value:${JSON.stringify(item)}`;
}

/** When this copy of a record was last changed, if it says. */
const changedAt = (item: Item): string => String(item.updatedAt ?? item.dismissedAt ?? item.createdAt ?? '');

/** A short name for a record, for telling the user which ones were kept. */
function labelOf(item: Item): string {
  for (const key of ['title', 'course', 'name', 'qualification', 'role']) if (typeof item[key] === 'string' && item[key]) return item[key] as string;
  if (typeof item.code === 'string') return `${String(item.frameworkId ?? '')} ${item.code}`.trim();
  return identityOf(item);
}

/**
 * Brings an archive's records into this portfolio by identity. A record only one side holds is
 * kept; where both hold it, the copy changed later wins, and this portfolio's copy is never
 * replaced by an older one: those are listed in keptNewer. Nothing is deleted.
 */
export function mergePortfolios(current: Portfolio, incoming: Portfolio): { merged: Portfolio; summary: MergeSummary } {
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, keptNewer: [], profileTaken: false };
  const merged: Record<string, unknown> = { ...current };
  for (const name of PORTFOLIO_LIST_NAMES) {
    const mine = current[name] as readonly Item[];
    const theirs = incoming[name] as readonly Item[];
    const result = [...mine];
    const index = new Map(mine.map((item, i) => [identityOf(item), i]));
    for (const item of theirs) {
      const at = index.get(identityOf(item));
      if (at === undefined) {
        index.set(identityOf(item), result.length);
        result.push(item);
        summary.added++;
        continue;
      }
      const existing = result[at]!;
      if (JSON.stringify(existing) === JSON.stringify(item)) summary.unchanged++;
      else if (changedAt(item) > changedAt(existing)) {
        result[at] = item;
        summary.updated++;
      } else if (changedAt(item) === changedAt(existing)) summary.unchanged++;
      else summary.keptNewer.push({ list: name, label: labelOf(existing) });
    }
    merged[name] = result;
  }
  const emptyProfile = JSON.stringify(current.profile) === JSON.stringify(emptyPortfolio().profile);
  if (emptyProfile && JSON.stringify(incoming.profile) !== JSON.stringify(current.profile)) {
    merged.profile = incoming.profile;
    summary.profileTaken = true;
  }
  return { merged: merged as Portfolio, summary };
}
