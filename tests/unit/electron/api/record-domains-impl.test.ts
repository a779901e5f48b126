import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiSchema } from '../../../../core/api/contract';
import { dispatch } from '../../../../core/api/dispatch';
import { MAX_EVIDENCE_BYTES } from '../../../../core/evidence/limits';
import type { Backend } from '../../../../electron/backend';
import { STATEMENT_COALESCE_MS } from '../../../../electron/api/statements-impl';
import { openTestBackend } from '../../../support/backend';
import { makePdf } from '../../../support/evidence-files';
import { makeTempDir } from '../../../support/temp-dir';

describe('the portfolio API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  let clock: Date;
  beforeEach(async () => {
    temp = await makeTempDir();
    clock = new Date('2026-02-01T09:00:00.000Z');
    backend = await openTestBackend(temp.dir, 'web', { now: () => clock });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });
  const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

  it('saves and reads the profile, with names in any script', async () => {
    const saved = await backend.api.saveProfile({ name: 'Siân Łukasz-Øvergaard', jobTitle: 'Senior Laboratory Technician', professionalBodies: [{ bodyId: 'ist' }] });
    expect(saved).toMatchObject({ name: 'Siân Łukasz-Øvergaard', professionalBodies: [{ bodyId: 'ist', name: '' }] });
    expect(await backend.api.getProfile()).toEqual(saved);
  });

  // Each kind of record: add, list, update (id and creation time kept), delete, not-found.
  const kinds = [
    { name: 'employment', add: 'addEmployment', list: 'listEmployment', update: 'updateEmployment', remove: 'deleteEmployment', input: { employer: 'University of Northmoor', role: 'Technician', startDate: '2021-09-01' }, change: { role: 'Senior Technician' } },
    { name: 'qualifications', add: 'addQualification', list: 'listQualifications', update: 'updateQualification', remove: 'deleteQualification', input: { title: 'Level 3 Diploma in Laboratory Science' }, change: { level: 'RQF 3' } },
    { name: 'training', add: 'addTraining', list: 'listTraining', update: 'updateTraining', remove: 'deleteTraining', input: { course: 'First aid at work', completedDate: '2025-01-10' }, change: { expiryDate: '2028-01-10' } },
    { name: 'supporters', add: 'addSupporter', list: 'listSupporters', update: 'updateSupporter', remove: 'deleteSupporter', input: { name: 'Aoife Ní Bhriain' }, change: { kind: 'referee' } },
    { name: 'goals', add: 'addGoal', list: 'listGoals', update: 'updateGoal', remove: 'deleteGoal', input: { objective: 'Register as RSciTech' }, change: { status: 'in-progress' } },
    { name: 'CPD', add: 'addCpd', list: 'listCpd', update: 'updateCpd', remove: 'deleteCpd', input: { title: 'HPLC workshop', startDate: '2025-03-01', hours: 6 }, change: { hours: 7 } },
  ] as const;

  it.each(kinds)('adds, lists, updates and deletes $name through the validated contract', async (kind) => {
    const call = (method: string, ...args: unknown[]) => (backend.api as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args);
    const added = (await call(kind.add, kind.input)) as { id: string; createdAt: string; updatedAt: string };
    expect(added).toMatchObject({ ...kind.input, createdAt: clock.toISOString() });
    expect(await call(kind.list)).toEqual([added]);
    later(60_000);
    const updated = (await call(kind.update, added.id, { ...kind.input, ...kind.change })) as typeof added;
    expect(updated).toMatchObject({ ...kind.change, id: added.id, createdAt: added.createdAt, updatedAt: clock.toISOString() });
    expect(await call(kind.list)).toEqual([updated]);
    expect(await call(kind.remove, added.id)).toEqual({ deleted: added.id });
    expect(await call(kind.list)).toEqual([]);
    await expect(call(kind.update, added.id, kind.input)).rejects.toMatchObject({ code: 'not-found' });
    await expect(call(kind.remove, added.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('gets one CPD record by id, and says when it is gone', async () => {
    const record = await backend.api.addCpd({ title: 'Fume cupboard testing', startDate: '2025-01-01', hours: 2 });
    expect(await backend.api.getCpd(record.id)).toEqual(record);
    await expect(backend.api.getCpd('no-such-record')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('validates input at the boundary: a job that ends before it starts is refused with the reason', async () => {
    await expect(backend.api.addEmployment({ employer: 'X', role: 'Y', startDate: '2025-01-01', endDate: '2024-01-01' })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('The end date is before the start date.'),
    });
  });

  it('refuses records that cite evidence or CPD that does not exist', async () => {
    await expect(backend.api.addCpd({ title: 'A', startDate: '2025-01-01', hours: 1, evidenceIds: ['missing-evidence-1'] })).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('missing-evidence-1') });
    await expect(backend.api.addGoal({ objective: 'B', cpdRecordIds: ['missing-cpd-0001'] })).rejects.toMatchObject({ code: 'validation' });
  });

  it('deleting a CPD record removes it from every goal that lists it', async () => {
    const keep = await backend.api.addCpd({ title: 'Keep', startDate: '2025-01-01', hours: 1 });
    const drop = await backend.api.addCpd({ title: 'Drop', startDate: '2025-01-02', hours: 1 });
    const goal = await backend.api.addGoal({ objective: 'Register', cpdRecordIds: [keep.id, drop.id] });
    await backend.api.deleteCpd(drop.id);
    expect((await backend.api.listGoals()).find((g) => g.id === goal.id)?.cpdRecordIds).toEqual([keep.id]);
  });

  it('deleting evidence removes it from CPD, training and qualifications, and reports usage before', async () => {
    const pdf = await makePdf('Usage');
    const { item } = await backend.api.addEvidenceFile({ fileName: 'cert.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    const note = await backend.api.addEvidenceNote({ title: 'Thanks', note: 'Thank you for the practical.' });
    const cpd = await backend.api.addCpd({ title: 'Course', startDate: '2025-01-01', hours: 1, evidenceIds: [item.id, note.id] });
    const training = await backend.api.addTraining({ course: 'Laser safety', completedDate: '2025-01-01', evidenceIds: [item.id] });
    const qualification = await backend.api.addQualification({ title: 'Diploma', evidenceIds: [item.id] });
    expect(await backend.api.getEvidenceUsage(item.id)).toEqual([
      { kind: 'cpd', id: cpd.id, title: 'Course' },
      { kind: 'qualification', id: qualification.id, title: 'Diploma' },
      { kind: 'training', id: training.id, title: 'Laser safety' },
    ]);
    await backend.api.deleteEvidence(item.id);
    expect((await backend.api.getCpd(cpd.id)).evidenceIds).toEqual([note.id]);
    expect((await backend.api.listTraining())[0]?.evidenceIds).toEqual([]);
    expect((await backend.api.listQualifications())[0]?.evidenceIds).toEqual([]);
    await expect(backend.api.getEvidenceUsage(item.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('adds a file sent as base64, detecting its type, and reports a second send as a duplicate', async () => {
    const pdf = await makePdf('Upload');
    const upload = { fileName: 'photo.jpg', dataBase64: Buffer.from(pdf).toString('base64'), title: 'Certificate' };
    const first = await backend.api.addEvidenceFile(upload);
    expect(first).toMatchObject({ outcome: 'added', item: { kind: 'file', title: 'Certificate', date: '2026-02-01', file: { mediaType: 'application/pdf', originalName: 'photo.jpg' } } });
    expect((await backend.api.addEvidenceFile(upload)).outcome).toBe('duplicate');
  });

  it('refuses an upload over the limit in the contract, before anything is decoded', () => {
    const tooBig = 'A'.repeat(Math.ceil((MAX_EVIDENCE_BYTES + 3) / 3) * 4);
    const parsed = apiSchema.addEvidenceFile.args.safeParse([{ fileName: 'big.pdf', dataBase64: tooBig }]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('up to 100 MB');
  });

  it('refuses an uploaded program with the reason', async () => {
    const exe = Buffer.alloc(256);
    exe.write('MZ');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    const envelope = await dispatch(backend.impl, 'addEvidenceFile', [{ fileName: 'cv.pdf', dataBase64: exe.toString('base64') }]);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('is a program') } });
  });

  it('adds notes and links, refuses a link that is not a web address, and updates details', async () => {
    const link = await backend.api.addEvidenceLink({ title: 'Action plan', url: 'https://example.org/plan' });
    await expect(backend.api.addEvidenceLink({ title: 'Bad', url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'validation' });
    const updated = await backend.api.updateEvidence(link.id, { title: 'Technician action plan', date: '2026-01-15', url: 'https://example.org/plan-2' });
    expect(updated).toMatchObject({ kind: 'link', title: 'Technician action plan', date: '2026-01-15', url: 'https://example.org/plan-2', createdAt: link.createdAt });
    await expect(backend.api.updateEvidence(link.id, { title: 'x', date: '2026-01-15', note: 'not a note' })).rejects.toMatchObject({ code: 'validation' });
  });

  describe('competence statements', () => {
    it('coalesces saves within a few minutes but keeps the text from before each editing session', async () => {
      await backend.api.saveStatement('sc-rscitech', 'A1', 'First draft.');
      later(60_000);
      await backend.api.saveStatement('sc-rscitech', 'A1', 'First draft, typed on.');
      let statement = await backend.api.getStatement('sc-rscitech', 'A1');
      expect(statement).toMatchObject({ text: 'First draft, typed on.', versions: [] });

      later(STATEMENT_COALESCE_MS + 1);
      await backend.api.saveStatement('sc-rscitech', 'A1', 'Rewritten next week.');
      later(30_000);
      await backend.api.saveStatement('sc-rscitech', 'A1', 'Rewritten next week, edited.');
      statement = await backend.api.getStatement('sc-rscitech', 'A1');
      expect(statement?.text).toBe('Rewritten next week, edited.');
      expect(statement?.versions.map((v) => v.text)).toEqual(['First draft, typed on.']);
    });

    it('restores an earlier version and keeps the replaced text as a version too', async () => {
      await backend.api.saveStatement('sc-rscitech', 'B1', 'Old text.');
      later(STATEMENT_COALESCE_MS * 2);
      const saved = await backend.api.saveStatement('sc-rscitech', 'B1', 'New text.');
      const restored = await backend.api.restoreStatementVersion('sc-rscitech', 'B1', saved.versions[0]!.savedAt);
      expect(restored.text).toBe('Old text.');
      expect(restored.versions.map((v) => v.text)).toEqual(['Old text.', 'New text.']);
      await expect(backend.api.restoreStatementVersion('sc-rscitech', 'B1', '2000-01-01T00:00:00.000Z')).rejects.toMatchObject({ code: 'not-found' });
    });

    it('lists statements by framework and answers null for one never written', async () => {
      await backend.api.saveStatement('sc-rscitech', 'A1', 'a');
      await backend.api.saveStatement('ukspec4-engtech', 'A1', 'b');
      expect((await backend.api.listStatements('sc-rscitech')).map((s) => s.text)).toEqual(['a']);
      expect(await backend.api.listStatements()).toHaveLength(2);
      expect(await backend.api.getStatement('sc-rscitech', 'E2')).toBeNull();
    });
  });

  it('reports the storage status: folder, backups, the startup check and evidence totals', async () => {
    await backend.api.addEvidenceFile({ fileName: 'a.pdf', dataBase64: Buffer.from(await makePdf('status')).toString('base64') });
    const status = await backend.api.getStorageStatus();
    expect(status).toMatchObject({
      dataDir: temp.dir,
      schemaVersion: 2,
      startupCheck: { outcome: 'created' },
      evidence: { files: 1, maxFileBytes: MAX_EVIDENCE_BYTES },
    });
    expect(status.storePath.endsWith('portfolio.json')).toBe(true);
    expect(status.lastBackup).toEqual(status.backups[0] ?? null);
  });
});
