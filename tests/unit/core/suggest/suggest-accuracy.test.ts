import { describe, expect, it } from 'vitest';
import { LABELLED_RECORDS } from './fixtures-records';
import { measure } from './accuracy';

// The figures measured when the finder was tuned, less a point or two of margin; README gives them.
const FLOORS = {
  rscitech: { without: { areaTop1: 70, criterionTop3: 70 }, with: { areaTop1: 72, criterionTop3: 74 } },
  engtech: { without: { areaTop1: 73, criterionTop3: 84 }, with: { areaTop1: 77, criterionTop3: 80 } },
} as const;

describe('criteria suggested for the labelled records', () => {
  it('has at least 60 labelled records, each with an RSciTech and an EngTech label', () => {
    expect(LABELLED_RECORDS.length).toBeGreaterThanOrEqual(60);
    for (const r of LABELLED_RECORDS) {
      expect(r.rscitech.length).toBeGreaterThan(0);
      expect(r.engtech.length).toBeGreaterThan(0);
    }
  });

  it.each(['rscitech', 'engtech'] as const)('%s: reaches the measured accuracy with and without prior mappings', (which) => {
    const without = measure(which, false);
    const withPriors = measure(which, true);
    console.log(`${which} without mappings: ${JSON.stringify(without)}; with mappings: ${JSON.stringify(withPriors)}`);
    expect(without.areaTop1).toBeGreaterThanOrEqual(FLOORS[which].without.areaTop1);
    expect(without.criterionTop3).toBeGreaterThanOrEqual(FLOORS[which].without.criterionTop3);
    expect(withPriors.areaTop1).toBeGreaterThanOrEqual(FLOORS[which].with.areaTop1);
    expect(withPriors.criterionTop3).toBeGreaterThanOrEqual(FLOORS[which].with.criterionTop3);
    // The user's own mappings must never make the area worse.
    expect(withPriors.areaTop1).toBeGreaterThanOrEqual(without.areaTop1);
  });
});
