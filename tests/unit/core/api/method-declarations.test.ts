import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiMethods, apiSchema } from '../../../../core/api/contract';
import { answeredRead, changesOf, isWriteMethod, readsAffectedBy, readsOf } from '../../../../core/api/method-effects';
import { COVERAGE_READS } from '../../../../core/api/methods/frameworks';
import { PORTFOLIO_PARTS, type MethodSchema } from '../../../../core/api/methods/method-schema';

describe('what each method of the contract reads or changes', () => {
  it('every method declares exactly one of reads and changes, naming only known parts', () => {
    for (const method of apiMethods) {
      const schema: MethodSchema = apiSchema[method];
      const declared = [schema.reads, schema.changes].filter((d) => d !== undefined);
      expect(declared, method).toHaveLength(1);
      for (const part of [...readsOf(method), ...changesOf(method)]) expect(PORTFOLIO_PARTS, `${method}: ${part}`).toContain(part);
    }
  });

  it('a method without a declaration does not type-check', () => {
    // @ts-expect-error neither reads nor changes: the contract refuses it
    const undeclared = { ping: { args: z.tuple([]), result: z.string() } } satisfies Record<string, MethodSchema>;
    expect(undeclared.ping).toBeDefined();
  });

  it('a write that answers a read names a read of the contract', () => {
    for (const method of apiMethods.filter(isWriteMethod)) {
      const answered = answeredRead(method, ['a', 'b', 'c', 'd']);
      if (answered) expect(isWriteMethod(answered.method), method).toBe(false);
    }
  });

  it('coverage reads every part that can change what a criterion shows', () => {
    expect([...readsOf('getCoverage')].sort()).toEqual([...COVERAGE_READS].sort());
    expect(readsOf('getCoverage')).toEqual(expect.arrayContaining(['cpd', 'training', 'qualifications', 'evidence', 'activities', 'statements', 'profile']));
  });

  // The cases found by testing: each left the coverage matrix or the dashboard stale until a reload.
  it.each([
    ['deleteCpd', ['getCoverage', 'listCpd', 'getCpd', 'evaluateCpdRules', 'listGoals']],
    ['addTraining', ['getCoverage', 'listTraining']],
    ['updateTraining', ['getCoverage', 'listTraining']],
    ['addActivity', ['getCoverage', 'listActivities']],
    ['updateActivity', ['getCoverage', 'listActivities']],
    ['commitImport', ['getCoverage', 'listCpd', 'evaluateCpdRules']],
    ['saveStatement', ['getCoverage', 'getStatement', 'listStatements']],
    ['setMappings', ['getCoverage', 'listCpd', 'listTraining', 'listEvidence', 'listActivities']],
    ['deleteEvidence', ['getCoverage', 'listEvidence', 'listCpd', 'listTraining', 'getEvidenceUsage', 'readEvidenceFile']],
    ['saveProfile', ['getCoverage', 'getProfile', 'evaluateCpdRules']],
    ['setCriterionOverride', ['getCoverage', 'getFramework', 'listFrameworks']],
    ['rateCompetence', ['getPathway', 'listRatings']],
  ] as const)('%s refreshes %j', (write, reads) => {
    expect(readsAffectedBy(write)).toEqual(expect.arrayContaining([...reads]));
  });

  it('restoring an archive refreshes every read that depends on anything', () => {
    const dependent = apiMethods.filter((m) => !isWriteMethod(m) && readsOf(m).length > 0);
    expect(readsAffectedBy('restoreArchive').sort()).toEqual(dependent.sort());
  });
});
