import { deepFreeze } from './deep-freeze';
import { listLimit, Portfolio, PORTFOLIO_LIST_NAMES, PORTFOLIO_LISTS } from './portfolio';
import { Profile } from './profile';

/**
 * Validates a changed portfolio by checking only what the change touched: a record that is the very
 * object held in the previous (validated, frozen) snapshot is kept as it is; every other record is
 * parsed with its list's schema, and each list's limit is checked. Validating 2,000 records on every
 * keystroke's save cost more than writing the file.
 *
 * Anything this shortcut is unsure of goes to the full Portfolio.parse, so the result, and the error
 * for bad input, are exactly what the full parse gives. The returned snapshot is frozen.
 */
export function validateChange(previous: Portfolio, next: unknown): Portfolio {
  if (!Object.isFrozen(previous) || typeof next !== 'object' || next === null || Array.isArray(next)) return deepFreeze(Portfolio.parse(next));
  const candidate = next as Record<string, unknown>;
  const checked: Record<string, unknown> = { profile: previous.profile };
  if (candidate.profile !== previous.profile) {
    const profile = Profile.safeParse(candidate.profile);
    if (!profile.success) return deepFreeze(Portfolio.parse(next));
    checked.profile = deepFreeze(profile.data);
  }

  for (const name of PORTFOLIO_LIST_NAMES) {
    const before: readonly unknown[] = previous[name];
    const after = candidate[name];
    if (after === before) {
      checked[name] = before;
      continue;
    }
    const max = listLimit(name);
    if (!Array.isArray(after) || (max !== undefined && after.length > max)) return deepFreeze(Portfolio.parse(next));
    const known = new Set(before);
    const { item } = PORTFOLIO_LISTS[name];
    const records: unknown[] = [];
    for (const record of after as unknown[]) {
      if (known.has(record)) {
        records.push(record);
        continue;
      }
      const parsed = item.safeParse(record);
      if (!parsed.success) return deepFreeze(Portfolio.parse(next));
      records.push(deepFreeze(parsed.data));
    }
    checked[name] = Object.freeze(records);
  }
  return Object.freeze(checked) as Portfolio;
}
