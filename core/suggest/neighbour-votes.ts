import { indexCodes } from '../frameworks/codes';
import type { LoadedFramework } from '../frameworks/registry';
import type { ExampleIndex } from './example-index';

/** How many of the most similar mapped records vote: enough to outvote one odd neighbour, few enough to stay on topic. */
const NEIGHBOURS = 7;

/**
 * The criteria the user mapped the records most like this one to: each of the nearest mapped
 * records (by BM25 on the record's own words) votes for its criteria in this framework, its vote
 * scaled by how similar it is to the nearest. The result is scaled so the best criterion has 1.
 */
export function neighbourVotes(index: ExampleIndex, loaded: LoadedFramework, terms: ReadonlyMap<string, number>, ownKey: string | undefined): Map<string, number> {
  const { framework } = loaded;
  const codes = indexCodes(framework);
  const mappedHere = (key: string) => index.source(key)?.mappings.some((m) => m.frameworkId === framework.id) === true;
  const hits = index.query(terms, { exclude: (key) => key === ownKey || !mappedHere(key), limit: NEIGHBOURS });
  const votes = new Map<string, number>();
  const nearest = hits[0]?.score ?? 1;
  for (const hit of hits) {
    const source = index.source(hit.key)!;
    const own = new Set<string>();
    for (const m of source.mappings) {
      if (m.frameworkId !== framework.id) continue;
      const r = codes.resolve(m.code);
      if (r.kind === 'current' || r.kind === 'alias') own.add(r.code);
    }
    // A record mapped to several criteria shares its vote among them.
    for (const code of own) votes.set(code, (votes.get(code) ?? 0) + hit.score / nearest / own.size);
  }
  const best = Math.max(0, ...votes.values());
  return best > 0 ? new Map([...votes].map(([code, v]) => [code, v / best])) : votes;
}
