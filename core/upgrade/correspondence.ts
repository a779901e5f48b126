import { indexCodes } from '../frameworks/codes';
import type { Framework, UpgradeFrom } from '../frameworks/schema';

/** The higher register's declared upgrade from `lowerId`, if its file has one. */
export const upgradeDeclared = (higher: Framework, lowerId: string): UpgradeFrom | undefined => higher.upgradeFrom.find((u) => u.frameworkId === lowerId);

export interface Correspondence {
  /** Lower criterion code → higher criterion codes, in the higher file's order. */
  readonly forward: ReadonlyMap<string, readonly string[]>;
  /** Higher criterion code → lower criterion codes. */
  readonly backward: ReadonlyMap<string, readonly string[]>;
  /** Notes the file gives, by higher code. */
  readonly notes: ReadonlyMap<string, readonly string[]>;
  /** Codes the file names that the lower register has neither as a criterion nor as an area. */
  readonly unknownFrom: readonly string[];
  /** Resolves a lower code as written in a mapping (an old alias too) to its current code. */
  resolveLower(code: string): string | undefined;
}

/**
 * Reads the declared correspondence against the lower register's own file: a link from an area
 * code stands for every criterion of that area, and a lower code the lower file no longer has is
 * reported rather than guessed at.
 */
export function correspondenceOf(lower: Framework, higher: Framework, upgrade: UpgradeFrom): Correspondence {
  const index = indexCodes(lower);
  const higherOrder = new Map(indexCodes(higher).codes.map((code, i) => [code, i]));
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const notes = new Map<string, string[]>();
  const unknownFrom: string[] = [];
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const link of upgrade.map) {
    const resolved = index.resolve(link.from);
    const area = lower.areas.find((a) => a.code === link.from);
    const fromCodes = resolved.kind === 'current' || resolved.kind === 'alias' ? [resolved.code] : area ? area.criteria.map((c) => c.code) : [];
    if (fromCodes.length === 0) unknownFrom.push(link.from);
    for (const from of fromCodes) {
      for (const to of link.to) {
        add(forward, from, to);
        add(backward, to, from);
      }
    }
    if (link.note) for (const to of link.to) add(notes, to, link.note);
  }
  for (const list of forward.values()) list.sort((a, b) => (higherOrder.get(a) ?? 0) - (higherOrder.get(b) ?? 0));
  return {
    forward,
    backward,
    notes,
    unknownFrom,
    resolveLower: (code) => {
      const r = index.resolve(code);
      return r.kind === 'current' || r.kind === 'alias' ? r.code : undefined;
    },
  };
}
