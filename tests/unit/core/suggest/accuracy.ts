import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFrameworkRegistry, type LoadedFramework } from '../../../../core/frameworks/registry';
import { Framework } from '../../../../core/frameworks/schema';
import { ExampleIndex } from '../../../../core/suggest/example-index';
import { exampleSources, sourceKey } from '../../../../core/suggest/example-sources';
import { suggestCriteria } from '../../../../core/suggest/suggest-criteria';
import type { CpdRecord } from '../../../../core/model/cpd-record';
import { makeCpdRecord } from '../../../support/fixtures';
import { HELD_OUT_RECORDS } from './fixtures-held-out';
import { LABELLED_RECORDS, type LabelledRecord } from './fixtures-records';

/** A shipped framework as the app loads it, with no overrides. */
export function shippedFramework(id: string): LoadedFramework {
  const file = JSON.parse(readFileSync(path.resolve('assets/frameworks', `${id}.json`), 'utf8')) as unknown;
  return buildFrameworkRegistry({ builtIn: [Framework.parse(file)], imported: [], overrides: [] }).get(id)!;
}

export type Labelled = 'rscitech' | 'engtech';
export const FRAMEWORK_OF: Record<Labelled, string> = { rscitech: 'sc-rscitech', engtech: 'ukspec4-engtech' };

export function recordOf(r: LabelledRecord, i: number, mapped: Labelled | undefined): CpdRecord {
  return makeCpdRecord({
    id: `record-${String(i).padStart(3, '0')}`,
    title: r.title,
    description: r.description,
    outcomes: r.outcomes,
    tags: r.tags,
    mappings: mapped ? r[mapped].map((code) => ({ frameworkId: FRAMEWORK_OF[mapped], code, note: '' })) : [],
  });
}

export interface Accuracy {
  areaTop1: number;
  criterionTop1: number;
  criterionTop3: number;
}

/**
 * Top-1 area and top-1/top-3 criterion accuracy of the suggestions for every labelled record. With
 * priors, every other record is mapped as labelled (leave one out), as for a user who has mapped
 * the rest of their portfolio. For the held-out records, the portfolio is the labelled records
 * (mapped, with priors) and each held-out record in turn is the new one.
 */
export function measure(which: Labelled, withPriors: boolean, set: 'tuning' | 'held-out' = 'tuning'): Accuracy {
  const loaded = shippedFramework(FRAMEWORK_OF[which]);
  const portfolio = LABELLED_RECORDS.map((r, i) => recordOf(r, i, withPriors ? which : undefined));
  const tested = set === 'tuning' ? LABELLED_RECORDS : HELD_OUT_RECORDS;
  const index = new ExampleIndex();
  let areaHits = 0;
  let top1 = 0;
  let top3 = 0;
  tested.forEach((labelled, i) => {
    // The record being suggested for carries no mappings of its own.
    const own = set === 'tuning' ? { ...portfolio[i]!, mappings: [] } : recordOf(labelled, 1000 + i, undefined);
    const cpd = set === 'tuning' ? portfolio.map((r, j) => (j === i ? own : r)) : [...portfolio, own];
    index.sync(exampleSources({ cpd, training: [], evidence: [], activities: [] }));
    const suggestions = suggestCriteria(
      index,
      loaded,
      { title: own.title, body: own.description, outcomes: own.outcomes, tags: own.tags.join(' '), mappings: [] },
      { key: sourceKey('cpd', own.id), limit: 3 },
    );
    const labels = labelled[which];
    const areas = new Set(labels.map((c) => c.replace(/\d.*$/, '')));
    if (suggestions[0] && areas.has(suggestions[0].areaCode)) areaHits++;
    if (suggestions[0] && labels.includes(suggestions[0].code)) top1++;
    if (suggestions.some((s) => labels.includes(s.code))) top3++;
  });
  const n = tested.length;
  const pct = (x: number) => Math.round((1000 * x) / n) / 10;
  return { areaTop1: pct(areaHits), criterionTop1: pct(top1), criterionTop3: pct(top3) };
}
