import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrameworkText } from '../../../../core/frameworks/parse-framework';
import type { Framework } from '../../../../core/frameworks/schema';
import type { CompetenceRating, RatingLevel } from '../../../../core/model/competence-rating';
import { computePathway, UnknownLevelError } from '../../../../core/pathway/pathway';
import { pathwayAsText } from '../../../../core/pathway/pathway-text';

const text = readFileSync(path.resolve('assets/frameworks/example-technician-pathway.json'), 'utf8');
const load = (): Framework => {
  const parsed = parseFrameworkText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.framework;
};
const framework = load();

let n = 0;
const rate = (code: string, rating: RatingLevel, date: string, frameworkId = framework.id): CompetenceRating => {
  n += 1;
  return { id: `rating-${String(n).padStart(4, '0')}`, frameworkId, code, rating, date, note: '', evidenceIds: [], createdAt: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z` };
};
/** Ratings that meet every expectation of level 1 and level 2. */
const level2 = () => [rate('T1', 'competent', '2026-01-10'), rate('T3', 'developing', '2026-01-10'), rate('S1', 'competent', '2026-01-10'), rate('S2', 'developing', '2026-01-10'), rate('D1', 'competent', '2026-01-10')];

describe('the example career pathway file', () => {
  it('is marked as an example, has five levels from learning to expert, and every expectation names a competence', () => {
    expect(framework.name).toMatch(/^Example:/);
    expect(framework.levels?.map((l) => l.id)).toEqual(['level-1', 'level-2', 'level-3', 'level-4', 'level-5']);
    expect(framework.levels?.[0]?.name).toMatch(/Learning/);
    expect(framework.levels?.[4]?.name).toMatch(/Expert/);
  });

  it('refuses a level that expects a competence the file does not have, or a level id used twice', () => {
    const bad = JSON.parse(text) as { levels: { id: string; expectations: { code: string }[] }[] };
    bad.levels[0]!.expectations[0]!.code = 'Z9';
    bad.levels[1]!.id = 'level-1';
    const parsed = parseFrameworkText(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContainEqual(expect.stringMatching(/levels\[0\]\.expectations\[0\]\.code: The level expects "Z9"/));
    expect(problems).toContainEqual(expect.stringMatching(/levels\[1\]\.id: The level id "level-1" is used twice/));
  });

  it('refuses a minimum rating outside the four ratings', () => {
    const bad = JSON.parse(text) as { levels: { expectations: { minimumRating: string }[] }[] };
    bad.levels[0]!.expectations[0]!.minimumRating = 'expert';
    expect(parseFrameworkText(JSON.stringify(bad)).ok).toBe(false);
  });
});

describe('computePathway', () => {
  it('with no ratings, meets no level and aims for the first', () => {
    const view = computePathway(framework, []);
    expect(view.currentLevelId).toBeNull();
    expect(view.targetLevelId).toBe('level-1');
    expect(view.gaps.map((g) => g.code)).toEqual(['T1', 'S1', 'D1']);
    expect(view.gaps[0]).toMatchObject({ current: null, expected: 'developing', cpdCategories: [{ id: 'work-based', label: 'Work-based learning' }, { id: 'formal', label: 'Formal / educational' }] });
  });

  it('puts the current level at the highest level whose expectations are all met, and targets the next', () => {
    const view = computePathway(framework, level2());
    expect(view.levels.map((l) => l.met)).toEqual([true, true, false, false, false]);
    expect(view.currentLevelId).toBe('level-2');
    expect(view.targetLevelId).toBe('level-3');
    expect(view.gaps.map((g) => `${g.code}:${g.current ?? '-'}>${g.expected}`)).toEqual(['T2:->developing', 'T3:developing>competent', 'S2:developing>competent', 'P1:->developing', 'P2:->developing']);
  });

  it('judges by the latest rating: a later lower rating takes a level away, and history keeps both, oldest first', () => {
    const ratings = [...level2(), rate('T1', 'developing', '2026-06-01')];
    const view = computePathway(framework, ratings);
    expect(view.currentLevelId).toBe('level-1');
    const t1 = view.competences.find((c) => c.code === 'T1')!;
    expect(t1.current).toBe('developing');
    expect(t1.ratedOn).toBe('2026-06-01');
    expect(t1.history.map((r) => r.rating)).toEqual(['competent', 'developing']);
  });

  it('ignores ratings made against another framework', () => {
    expect(computePathway(framework, [rate('T1', 'can-teach', '2026-01-01', 'sc-rscitech')]).competences.find((c) => c.code === 'T1')!.current).toBeNull();
  });

  it('takes an explicit target level, and lists the gaps to it', () => {
    const view = computePathway(framework, level2(), 'level-5');
    expect(view.targetLevelId).toBe('level-5');
    expect(view.gaps).toHaveLength(9);
  });

  it('refuses a target level the pathway does not have, naming the levels it has', () => {
    expect(() => computePathway(framework, [], 'level-9')).toThrow(UnknownLevelError);
    expect(() => computePathway(framework, [], 'level-9')).toThrow(/level-1, level-2, level-3, level-4, level-5/);
  });

  it('has no target and no gaps once the top level is met', () => {
    const all = framework.areas.flatMap((a) => a.criteria.map((c) => rate(c.code, 'can-teach', '2026-02-01')));
    const view = computePathway(framework, all);
    expect(view.currentLevelId).toBe('level-5');
    expect(view.targetLevelId).toBeNull();
    expect(view.gaps).toEqual([]);
  });

  it('prints levels, ratings, gaps and suggested CPD as text for the command line', () => {
    const out = pathwayAsText(computePathway(framework, level2()));
    expect(out).toMatch(/current\s+level-2\s+met/);
    expect(out).toMatch(/target\s+level-3\s+not met\s+3\/8/);
    expect(out).toContain('Current level: Level 2: Practising');
    expect(out).toMatch(/T1\s+Competent\s+10\/01\/2026/);
    expect(out).toContain('P1     Trains and mentors others: not rated, needs Developing');
    expect(out).toMatch(/Suggested CPD: Train a colleague.*\(Work-based learning, Professional activity\)/);
  });
});
