import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import { openBackend, type Backend } from '../../../../electron/backend';
import { BuiltInFrameworkError } from '../../../../electron/services/framework-files';
import { makeTempDir } from '../../../support/temp-dir';

const now = () => new Date('2026-11-23T12:00:00Z');
const open = (dataDir: string, assetsDir?: string) =>
  openBackend({ dataDir, transport: 'cli', version: '0.0.0-test', now, ...(assetsDir ? { assetsDir } : {}) });

const institution = {
  formatVersion: 1,
  id: 'uni-technician',
  name: 'University technician career framework',
  shortName: 'Uni Tech',
  kind: 'career',
  awardingBody: 'Example University',
  edition: '2026',
  sourceUrl: 'https://example.ac.uk/technicians',
  dateChecked: '2026-10-01',
  areas: [{ code: 'T', heading: 'Technical skills', criteria: [{ code: 'T1', heading: 'Runs core equipment' }] }],
};

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('frameworks API', () => {
  let data: Awaited<ReturnType<typeof makeTempDir>>;
  let assets: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    data = await makeTempDir();
    assets = await makeTempDir('techfolio-assets-');
    await cp('assets/frameworks', path.join(assets.dir, 'frameworks'), { recursive: true });
    backend = await open(data.dir, assets.dir);
  });
  afterEach(async () => {
    await backend.close();
    await data.remove();
    await assets.remove();
  });

  /** Simulates an app update that changes a shipped framework file. */
  async function updateShipped(id: string, change: (json: Record<string, unknown> & { areas: { criteria: Record<string, unknown>[] }[] }) => void) {
    const file = path.join(assets.dir, 'frameworks', `${id}.json`);
    const json = JSON.parse(await readFile(file, 'utf8'));
    change(json);
    await writeFile(file, JSON.stringify(json));
    await backend.close();
    backend = await open(data.dir, assets.dir);
  }

  it('lists the shipped frameworks, registrations before CPD standards', async () => {
    const ids = (await backend.api.listFrameworks()).map((f) => f.id);
    expect(ids).toEqual(['psf2023-afhea', 'sc-csci', 'sc-rsci', 'sc-rscitech', 'ukspec4-engtech', 'ukspec4-ieng', 'example-technician-pathway', 'engc-cpd-code', 'sc-cpd-2022']);
  });

  it('finds the shipped frameworks from the module\'s own location when no assets folder is given', async () => {
    const other = await makeTempDir();
    const plain = await openBackend({ dataDir: other.dir, transport: 'cli', version: '0.0.0-test' });
    expect(await plain.api.listFrameworks()).toHaveLength(9);
    await plain.close();
    await other.remove();
  });

  it('keeps the user\'s wording of a built-in criterion through an app update that rewords it, until cleared', async () => {
    await backend.api.setCriterionOverride('sc-rscitech', 'B2', { heading: 'Safe working in the teaching labs', guidance: 'Use the autoclave SOP rewrite.' });
    await updateShipped('sc-rscitech', (json) => {
      json.areas[1]!.criteria[1]!.heading = 'Reworded by an update';
    });
    const loaded = await backend.api.getFramework('sc-rscitech');
    expect(loaded.framework.areas[1]!.criteria[1]).toMatchObject({ code: 'B2', heading: 'Safe working in the teaching labs', guidance: 'Use the autoclave SOP rewrite.' });
    expect(loaded.overrides[0]).toMatchObject({ code: 'B2', originalHeading: 'Reworded by an update' });
    const cleared = await backend.api.clearCriterionOverride('sc-rscitech', 'B2');
    expect(cleared.framework.areas[1]!.criteria[1]!.heading).toBe('Reworded by an update');
  });

  it('keeps the wording pasted from the application form beside the user\'s other wording, and removes it when emptied', async () => {
    await backend.api.setCriterionOverride('sc-rscitech', 'B2', { guidance: 'My notes.' });
    const pasted = await backend.api.setCriterionOverride('sc-rscitech', 'B2', { formWording: '  Take responsibility for safe working.  ' });
    expect(pasted.overrides).toEqual([expect.objectContaining({ code: 'B2', guidance: 'My notes.', formWording: 'Take responsibility for safe working.' })]);
    const removed = await backend.api.setCriterionOverride('sc-rscitech', 'B2', { formWording: '' });
    expect(removed.overrides[0]).not.toHaveProperty('formWording');
    expect(removed.overrides[0]).toMatchObject({ guidance: 'My notes.' });
  });

  it('refuses form wording over 2,000 characters with what to do', async () => {
    const error = await refusal(backend.api.setCriterionOverride('sc-rscitech', 'B2', { formWording: 'x'.repeat(2001) }));
    expect(error.message).toMatch(/under 2,000 characters/);
  });

  it('lets the user clear an override whose criterion an update removed', async () => {
    await backend.api.setCriterionOverride('sc-rscitech', 'C3', { heading: 'My own heading' });
    await updateShipped('sc-rscitech', (json) => {
      json.areas[2]!.criteria.pop();
    });
    expect((await backend.api.getFramework('sc-rscitech')).unmatchedOverrides).toEqual(['C3']);
    expect((await backend.api.clearCriterionOverride('sc-rscitech', 'C3')).unmatchedOverrides).toEqual([]);
  });

  it('refuses to override a criterion the framework does not have', async () => {
    expect((await refusal(backend.api.setCriterionOverride('sc-rscitech', 'E3', { heading: 'x' }))).code).toBe('not-found');
  });

  it('imports an institution\'s framework, lists it as imported, and removes it again', async () => {
    const summary = await backend.api.importFramework(JSON.stringify(institution));
    expect(summary).toMatchObject({ id: 'uni-technician', origin: 'imported', kind: 'career', criteriaCount: 1 });
    expect((await backend.api.listFrameworks()).map((f) => f.id)).toContain('uni-technician');
    expect(await backend.api.removeImportedFramework('uni-technician')).toEqual({ removed: 'uni-technician' });
    expect((await refusal(backend.api.getFramework('uni-technician'))).code).toBe('not-found');
  });

  it('refuses an invalid framework file with the JSON path and reason of each problem', async () => {
    const bad = { ...institution, areas: [{ code: 'T', heading: 'Technical skills', criteria: [{ code: 'T1', heading: '' }] }] };
    const error = await refusal(backend.api.importFramework(JSON.stringify(bad)));
    expect(error.code).toBe('refused');
    expect(error.issues).toEqual([{ path: '$.areas[0].criteria[0].heading', message: 'Enter a short heading for the criterion.' }]);
    expect(error.message).toContain('$.areas[0].criteria[0].heading: Enter a short heading');
  });

  it('refuses a file that is not JSON with the line and column of the fault', async () => {
    const error = await refusal(backend.api.importFramework('{\n  "formatVersion": 1,\n  "id": "x",\n}'));
    expect(error.issues).toEqual([{ path: 'line 4, column 1', message: expect.stringContaining('A comma before "}"') }]);
  });

  it('refuses an import that takes a built-in framework\'s id, and the removal of a built-in framework', async () => {
    expect((await refusal(backend.api.importFramework(JSON.stringify({ ...institution, id: 'sc-rsci' })))).message).toContain('built-in');
    expect((await refusal(backend.api.removeImportedFramework('sc-rsci'))).code).toBe('refused');
  });

  it('sets mappings on a CPD record, refusing a new mapping to a code that does not exist', async () => {
    const record = await backend.api.addCpd({ title: 'Lean workshop', startDate: '2026-05-01', hours: 3 });
    const mappings = await backend.api.setMappings({ kind: 'cpd', id: record.id }, [
      { frameworkId: 'sc-rsci', code: 'D4', note: 'Process improvement' },
      { frameworkId: 'ukspec4-engtech', code: 'E4' },
    ]);
    expect(mappings).toHaveLength(2);
    const coverage = await backend.api.getCoverage('sc-rsci');
    expect(coverage.criteria.find((c) => c.code === 'D3')!.items).toEqual([expect.objectContaining({ id: record.id, viaAlias: 'D4', note: 'Process improvement' })]);
    expect((await refusal(backend.api.setMappings({ kind: 'cpd', id: record.id }, [{ frameworkId: 'sc-rscitech', code: 'E3' }]))).message).toContain('no criterion "E3"');
    expect((await refusal(backend.api.setMappings({ kind: 'training', id: record.id }, []))).code).toBe('not-found');
  });

  it('never drops a mapping when an update removes its code: it is kept and listed for re-mapping', async () => {
    const record = await backend.api.addCpd({ title: 'Supervising a placement student', startDate: '2026-05-01', hours: 10 });
    await backend.api.setMappings({ kind: 'cpd', id: record.id }, [{ frameworkId: 'sc-rscitech', code: 'C3', note: 'Supervision' }]);
    await updateShipped('sc-rscitech', (json) => {
      json.areas[2]!.criteria.pop(); // C3 disappears in the "new edition"
    });
    const coverage = await backend.api.getCoverage('sc-rscitech');
    expect(coverage.unresolved).toEqual([expect.objectContaining({ id: record.id, code: 'C3', reason: 'unknown', note: 'Supervision' })]);
    // The user may keep the stale mapping while editing the others.
    await backend.api.setMappings({ kind: 'cpd', id: record.id }, [{ frameworkId: 'sc-rscitech', code: 'C3', note: 'Supervision' }, { frameworkId: 'sc-rscitech', code: 'C2' }]);
    expect((await backend.api.getCpd(record.id)).mappings.map((m) => m.code)).toEqual(['C3', 'C2']);
  });

  it('evaluates a body\'s CPD rules over the twelve months up to today by default', async () => {
    await backend.api.addCpd({ title: 'Conference', startDate: '2026-03-01', hours: 12 });
    const audit = await backend.api.evaluateCpdRules('iet');
    expect(audit.period).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(audit.results[0]).toMatchObject({ status: 'fail', summary: expect.stringMatching(/^12 of 30 hours/) });
  });

  it('keeps explained CPD gaps, so every later HCPC audit accepts them and the explanation survives a reopen', async () => {
    await backend.api.addCpd({ title: 'Induction', startDate: '2025-12-01', hours: 3 });
    await backend.api.addCpd({ title: 'Fire warden refresher', startDate: '2026-09-01', hours: 2 });
    const before = await backend.api.evaluateCpdRules('hcpc');
    expect(before.results.find((r) => r.status === 'fail')).toBeDefined();

    await backend.api.setGapExplanations([{ from: '2025-12-02', to: '2026-08-31', reason: 'Parental leave' }]);
    await backend.close();
    backend = await open(data.dir);
    const after = await backend.api.evaluateCpdRules('hcpc');
    expect(after.results.every((r) => r.status !== 'fail')).toBe(true);
    await expect(backend.api.setGapExplanations([{ from: '2026-05-01', to: '2026-01-01', reason: 'x' }])).rejects.toMatchObject({ code: 'validation' });
  });

  it('lists the CPD rule sets of all five bodies', async () => {
    expect((await backend.api.listCpdRuleSets()).map((s) => s.bodyId)).toEqual(['science-council', 'engineering-council', 'rsb', 'iet', 'hcpc']);
  });
});

describe('shipped framework files', () => {
  it('stop the backend from opening when one is invalid, naming the file and the fault, and leave the folder unlocked', async () => {
    const data = await makeTempDir();
    const assets = await makeTempDir('techfolio-assets-');
    await cp('assets/frameworks', path.join(assets.dir, 'frameworks'), { recursive: true });
    await writeFile(path.join(assets.dir, 'frameworks', 'sc-rsci.json'), '{"formatVersion": 1, "id": "sc-rsci"}');
    const error = await open(data.dir, assets.dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BuiltInFrameworkError);
    expect((error as Error).message).toMatch(/sc-rsci\.json[\s\S]*\$\.name: /);
    const reopened = await open(data.dir);
    await reopened.close();
    await data.remove();
    await assets.remove();
  });
});
