import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../../../core/model/commitment';
import type { Backend } from '../../../../electron/backend';
import { SAMPLE_PATHWAY_ID } from '../../../../electron/sample/sample-commitment';
import { writeSamplePortfolio } from '../../../../electron/sample/sample-portfolio';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';

describe('the sample portfolio\'s Technician Commitment records and pathway ratings', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(temp.dir, 'cli');
    await writeSamplePortfolio(backend, { seed: 1, today: '2026-11-23' });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('has at least two records of every kind, one citing the open-day photo', async () => {
    const all = await backend.api.listActivities();
    for (const kind of ACTIVITY_KINDS) expect(all.filter((a) => a.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    const openDay = all.find((a) => a.title.startsWith('Departmental open day'))!;
    const photo = (await backend.api.listEvidence()).find((e) => e.id === openDay.evidenceIds[0]);
    expect(photo?.title).toBe('Open day spectroscopy stand');
  });

  it('rates the example pathway over time: level 2 reached, level 3 the target, T1 rated three times', async () => {
    const view = await backend.api.getPathway(SAMPLE_PATHWAY_ID);
    expect(view.currentLevelId).toBe('level-2');
    expect(view.targetLevelId).toBe('level-3');
    expect(view.gaps.map((g) => g.code)).toEqual(['S2']);
    expect(view.competences.find((c) => c.code === 'T1')!.history.map((r) => r.rating)).toEqual(['developing', 'competent', 'can-teach']);
  });
});
