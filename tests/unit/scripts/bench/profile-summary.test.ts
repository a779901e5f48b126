import { describe, expect, it } from 'vitest';
import { hotFunctions, idleMs, type CpuProfile } from '../../../../scripts/bench/profile-summary';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

// Node 1 is the root; 2 is idle; 3 and 4 are two lines of one function in one file; 5 is in a package.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)') },
    { id: 2, callFrame: frame('(idle)') },
    { id: 3, callFrame: frame('encode', 'file:///work/core/pack/typesetter.ts', 41) },
    { id: 4, callFrame: frame('encode', 'file:///work/core/pack/typesetter.ts', 41) },
    { id: 5, callFrame: frame('', 'file:///work/node_modules/@cantoo/pdf-lib/es/core/PDFContext.js', 78) },
  ],
  samples: [2, 3, 4, 5, 2, 3],
  timeDeltas: [4000, 1000, 2000, 500, 4000, 500],
};

describe('hotFunctions', () => {
  it('adds up self time per function and place, largest first, with its share of the sampled time', () => {
    const hot = hotFunctions(profile);
    expect(hot.map((h) => h.name)).toEqual(['(idle) (native)', 'encode typesetter.ts:42', '(anonymous) @cantoo/pdf-lib/es/core/PDFContext.js:79']);
    expect(hot.map((h) => h.selfMs)).toEqual([8, 3.5, 0.5]);
    expect(hot[1]!.share).toBeCloseTo(3.5 / 12, 10);
  });

  it('keeps only the top entries asked for', () => {
    expect(hotFunctions(profile, 1)).toHaveLength(1);
  });
});

describe('idleMs', () => {
  it('counts only the samples taken while the thread was idle', () => {
    expect(idleMs(profile)).toBe(8);
  });
});
