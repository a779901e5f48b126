import { ApiError } from '../../core/api/errors';
import type { Portfolio } from '../../core/model/portfolio';
import type { PortfolioStore } from '../services/portfolio-store';

interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** The answer when an id names nothing: in another window the record may have been deleted. */
export const recordNotFound = (what: string) =>
  new ApiError({ code: 'not-found', message: `That ${what} is no longer in your portfolio. It may have been deleted in another window; reload the list.` });

/** Refuses ids that name nothing, so no record ever cites evidence or CPD that is not there. */
export function assertIdsExist(ids: readonly string[], existing: readonly { id: string }[], what: string): void {
  const known = new Set(existing.map((r) => r.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new ApiError({ code: 'validation', message: `${missing.length === 1 ? `This ${what} does not exist` : `${missing.length} of these ${what}s do not exist`}: ${missing.join(', ')}. Reload and choose again.` });
  }
}

/** Refuses a record citing evidence items that are not in the portfolio. */
export const checkEvidenceIds = (p: Portfolio, input: { evidenceIds?: string[] | undefined }) =>
  assertIdsExist(input.evidenceIds ?? [], p.evidence, 'evidence item');

/** list / add / update / delete over one array of the portfolio. */
export function recordCollection<R extends StoredRecord, I extends object>(
  portfolio: PortfolioStore,
  what: string,
  options: {
    get: (p: Portfolio) => R[];
    set: (p: Portfolio, records: R[]) => Portfolio;
    schema: { parse(value: unknown): R };
    /** Checks an input against the rest of the portfolio (ids it cites) before it is stored. */
    check?: (p: Portfolio, input: I) => void;
    /** Removes references to a deleted record from the rest of the portfolio. */
    onDelete?: (p: Portfolio, id: string) => Portfolio;
  },
) {
  const { get, set, schema, check, onDelete } = options;
  return {
    list: async (): Promise<R[]> => get(portfolio.read()),
    get: async (id: string): Promise<R> => {
      const found = get(portfolio.read()).find((r) => r.id === id);
      if (!found) throw recordNotFound(what);
      return found;
    },
    add: async (input: I): Promise<R> =>
      portfolio.update((current) => {
        check?.(current, input);
        const record = schema.parse({ ...input, ...portfolio.stamp() });
        return { next: set(current, [...get(current), record]), result: record };
      }),
    update: async (id: string, input: I): Promise<R> =>
      portfolio.update((current) => {
        const existing = get(current).find((r) => r.id === id);
        if (!existing) throw recordNotFound(what);
        check?.(current, input);
        const record = schema.parse({ ...input, id, createdAt: existing.createdAt, updatedAt: portfolio.now().toISOString() });
        return { next: set(current, get(current).map((r) => (r.id === id ? record : r))), result: record };
      }),
    delete: async (id: string): Promise<{ deleted: string }> =>
      portfolio.update((current) => {
        if (!get(current).some((r) => r.id === id)) throw recordNotFound(what);
        const without = set(current, get(current).filter((r) => r.id !== id));
        return { next: onDelete ? onDelete(without, id) : without, result: { deleted: id } };
      }),
  };
}
