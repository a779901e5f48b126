import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { computeCoverage } from '../../../../core/coverage/coverage';
import { mappedItems } from '../../../../core/coverage/mapped-items';
import type { ActivityInput } from '../../../../core/model/commitment';
import type { Backend } from '../../../../electron/backend';
import { danglingReferences } from '../../../../electron/services/integrity-check';
import { openTestBackend } from '../../../support/backend';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';
import { makeTempDir } from '../../../support/temp-dir';


async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('Technician Commitment records API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(temp.dir, 'cli');
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('adds one record of each kind, lists them newest first, and keeps them after the portfolio is reopened', async () => {
    for (const input of ONE_OF_EACH) await backend.api.addActivity(input);
    await backend.close();
    backend = await openTestBackend(temp.dir, 'cli');
    const all = await backend.api.listActivities();
    expect(all.map((a) => a.kind)).toEqual(['recognition', 'outreach', 'research-output', 'people-developed', 'role', 'secondment']);
    expect(all[0]).toMatchObject({ id: expect.any(String), createdAt: expect.any(String), updatedAt: expect.any(String) });
  });

  it('lists one kind when asked', async () => {
    for (const input of ONE_OF_EACH) await backend.api.addActivity(input);
    expect((await backend.api.listActivities('outreach')).map((a) => a.title)).toEqual(['Microscopes in the classroom']);
  });

  it('refuses a malformed DOI through the contract, with the field named', async () => {
    const error = await refusal(backend.api.addActivity({ ...ONE_OF_EACH[0]!, doi: 'doi 1234' } as ActivityInput));
    expect(error.code).toBe('validation');
    expect(JSON.stringify(error.issues)).toMatch(/doi.*A DOI looks like/);
  });

  it('updates a record but refuses to change its kind', async () => {
    const role = await backend.api.addActivity(ONE_OF_EACH[3]!);
    const updated = await backend.api.updateActivity(role.id, { ...ONE_OF_EACH[3]!, endDate: '2026-08-31' } as ActivityInput);
    expect(updated).toMatchObject({ id: role.id, createdAt: role.createdAt, endDate: '2026-08-31' });
    const error = await refusal(backend.api.updateActivity(role.id, ONE_OF_EACH[1]!));
    expect(error).toMatchObject({ code: 'refused', message: expect.stringMatching(/role record and cannot become a outreach record/i) });
  });

  it('refuses evidence ids that name nothing, and drops a deleted evidence item from the records citing it', async () => {
    expect((await refusal(backend.api.addActivity({ ...ONE_OF_EACH[1]!, evidenceIds: ['missing-evidence-1'] } as ActivityInput))).code).toBe('validation');
    const note = await backend.api.addEvidenceNote({ title: 'Thank-you letter from the school', note: 'Thank you for visiting.' });
    const outreach = await backend.api.addActivity({ ...ONE_OF_EACH[1]!, evidenceIds: [note.id] } as ActivityInput);
    expect(outreach.evidenceIds).toEqual([note.id]);
    await backend.api.deleteEvidence(note.id);
    expect((await backend.api.listActivities('outreach'))[0]!.evidenceIds).toEqual([]);
  });

  it('maps a record to criteria with setMappings, checking the kind, and the mapping counts in coverage', async () => {
    const award = await backend.api.addActivity(ONE_OF_EACH[2]!);
    expect((await refusal(backend.api.setMappings({ kind: 'outreach', id: award.id }, []))).code).toBe('not-found');
    await backend.api.setMappings({ kind: 'recognition', id: award.id }, [{ frameworkId: 'sc-rscitech', code: 'E1' }]);
    const stored = (await backend.api.listActivities('recognition'))[0]!;
    expect(stored.mappings).toEqual([{ frameworkId: 'sc-rscitech', code: 'E1', note: '' }]);
    const p = backend.portfolio.read();
    const framework = (await backend.api.getFramework('sc-rscitech')).framework;
    const coverage = computeCoverage({ framework, items: mappedItems(p), statements: p.statements, asOf: '2026-11-23' });
    const e1 = coverage.criteria.find((c) => c.code === 'E1')!;
    expect(e1.items.map((i) => i.title)).toContain('Technician of the Year');
  });

  it('has `techfolio check` name a record or rating that cites evidence the portfolio no longer has', async () => {
    const award = await backend.api.addActivity(ONE_OF_EACH[2]!);
    const p = backend.portfolio.read();
    const broken = {
      ...p,
      activities: p.activities.map((a) => (a.id === award.id ? { ...a, evidenceIds: ['gone-evidence-1'] } : a)),
      competenceRatings: [{ id: 'rating-0001', frameworkId: 'example-technician-pathway', code: 'T1', rating: 'competent' as const, date: '2026-01-01', note: '', evidenceIds: ['gone-evidence-2'], createdAt: '2026-01-01T00:00:00.000Z' }],
    };
    expect(danglingReferences(broken)).toEqual([
      'Recognition record "Technician of the Year" cites evidence gone-evidence-1, which is not in the portfolio.',
      'Rating of T1 (example-technician-pathway) cites evidence gone-evidence-2, which is not in the portfolio.',
    ]);
  });

  it('deletes a record, and says so when it is already gone', async () => {
    const a = await backend.api.addActivity(ONE_OF_EACH[4]!);
    expect(await backend.api.deleteActivity(a.id)).toEqual({ deleted: a.id });
    expect((await refusal(backend.api.deleteActivity(a.id))).code).toBe('not-found');
  });
});
