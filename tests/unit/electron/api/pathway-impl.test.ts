import { readFile } from 'node:fs/promises';
import { ONE_OF_EACH } from '../../../support/commitment-fixtures';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../core/api/errors';
import type { Backend } from '../../../../electron/backend';
import { openTestBackend } from '../../../support/backend';
import { makeTempDir } from '../../../support/temp-dir';
import { PdfFile } from '../../core/pack/pdf-tools';

const PATHWAY = 'example-technician-pathway';
const now = () => new Date('2026-11-23T12:00:00Z');

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('career pathway API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let backend: Backend;
  beforeEach(async () => {
    temp = await makeTempDir();
    backend = await openTestBackend(temp.dir, 'cli', { now });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  it('lists the frameworks that have levels: the example pathway, and not the registration standards', async () => {
    expect(await backend.api.listPathways()).toEqual([{ id: PATHWAY, name: 'Example: technician career pathway (five levels)', shortName: 'Example pathway', levelCount: 5 }]);
  });

  it('keeps every rating of a competence, so its history survives reopening, oldest first', async () => {
    await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'T1', rating: 'developing', date: '2025-11-01' });
    await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'T1', rating: 'competent', date: '2026-06-01', note: 'Signed off on the confocal.' });
    const today = await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'S1', rating: 'developing' });
    expect(today.date).toBe('2026-11-23');
    await backend.close();
    backend = await openTestBackend(temp.dir, 'cli', { now });
    const ratings = await backend.api.listRatings(PATHWAY);
    expect(ratings.map((r) => `${r.code} ${r.rating} ${r.date}`)).toEqual(['T1 developing 2025-11-01', 'T1 competent 2026-06-01', 'S1 developing 2026-11-23']);
    const t1 = (await backend.api.getPathway(PATHWAY)).competences.find((c) => c.code === 'T1')!;
    expect(t1.current).toBe('competent');
    expect(t1.history).toHaveLength(2);
  });

  it('refuses a rating of a competence the framework does not have, an unknown framework, or missing evidence', async () => {
    expect((await refusal(backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'Z9', rating: 'competent' }))).message).toMatch(/no competence "Z9"/);
    expect((await refusal(backend.api.rateCompetence({ frameworkId: 'no-such-pathway', code: 'T1', rating: 'competent' }))).code).toBe('not-found');
    expect((await refusal(backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'T1', rating: 'competent', evidenceIds: ['missing-evidence-1'] }))).code).toBe('validation');
    expect(await backend.api.listRatings(PATHWAY)).toEqual([]);
  });

  it('refuses a pathway view of a framework without levels, and an unknown target level', async () => {
    expect((await refusal(backend.api.getPathway('sc-rscitech'))).message).toMatch(/has no levels/);
    expect((await refusal(backend.api.getPathway(PATHWAY, 'level-9'))).message).toMatch(/no level "level-9"/);
  });

  it('deletes a rating entered by mistake, and drops deleted evidence from ratings', async () => {
    const note = await backend.api.addEvidenceNote({ title: 'Sign-off sheet', note: 'Signed off.' });
    const r = await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'T1', rating: 'competent', evidenceIds: [note.id] });
    await backend.api.deleteEvidence(note.id);
    expect((await backend.api.listRatings(PATHWAY))[0]!.evidenceIds).toEqual([]);
    await backend.api.deleteRating(r.id);
    expect(await backend.api.listRatings(PATHWAY)).toEqual([]);
  });

  it('uses a pathway an institution publishes: imported from its file, rated against, with its own levels', async () => {
    const file = {
      formatVersion: 1,
      id: 'northmoor-technician-grades',
      name: 'University of Northmoor technician grades',
      shortName: 'Northmoor grades',
      kind: 'career',
      awardingBody: 'University of Northmoor',
      edition: '2026',
      sourceUrl: 'https://northmoor.example/technicians/grades',
      dateChecked: '2026-10-01',
      areas: [{ code: 'K', heading: 'Core skills', criteria: [{ code: 'K1', heading: 'Runs the service' }, { code: 'K2', heading: 'Trains others' }] }],
      levels: [
        { id: 'grade-5', name: 'Grade 5', expectations: [{ code: 'K1', minimumRating: 'competent' }] },
        { id: 'grade-6', name: 'Grade 6', expectations: [{ code: 'K1', minimumRating: 'competent' }, { code: 'K2', minimumRating: 'competent', suggestedCpd: 'A train-the-trainer course.' }] },
      ],
    };
    await backend.api.importFramework(JSON.stringify(file));
    expect((await backend.api.listPathways()).map((p) => p.id)).toEqual([PATHWAY, 'northmoor-technician-grades']);
    await backend.api.rateCompetence({ frameworkId: 'northmoor-technician-grades', code: 'K1', rating: 'competent' });
    const view = await backend.api.getPathway('northmoor-technician-grades');
    expect(view).toMatchObject({ currentLevelId: 'grade-5', targetLevelId: 'grade-6', gaps: [{ code: 'K2', suggestedCpd: 'A train-the-trainer course.' }] });
  });

  it('carries records and ratings through a backup archive and a restore', async () => {
    await backend.api.addActivity(ONE_OF_EACH[0]!);
    await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'T1', rating: 'competent', date: '2026-01-01' });
    const exported = await backend.api.exportArchive();
    const bytes = await readFile(path.join(temp.dir, 'exports', exported.fileName));
    const other = await makeTempDir();
    const restored = await openTestBackend(other.dir, 'cli', { now });
    try {
      await restored.api.restoreArchive({ dataBase64: bytes.toString('base64') });
      expect(restored.portfolio.read().activities).toEqual(backend.portfolio.read().activities);
      expect(await restored.api.listRatings(PATHWAY)).toEqual(await backend.api.listRatings(PATHWAY));
    } finally {
      await restored.close();
      await other.remove();
    }
  });

  it('writes a one-page summary PDF to exports/ that qpdf accepts and whose text shows the levels, ratings and suggestions', async () => {
    await backend.api.saveProfile({ name: 'Siân Łukasz-Øvergaard', jobTitle: 'Senior Laboratory Technician', employer: 'University of Northmoor' });
    await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'T1', rating: 'developing', date: '2025-11-01' });
    await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'T1', rating: 'competent', date: '2026-06-01' });
    await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'S1', rating: 'competent', date: '2026-06-01' });
    await backend.api.rateCompetence({ frameworkId: PATHWAY, code: 'D1', rating: 'developing', date: '2026-06-01' });
    const made = await backend.api.makePathwaySummary(PATHWAY, {});
    expect(made).toMatchObject({ pages: 1, fileName: expect.stringMatching(/^Development summary - Example pathway - Siân Łukasz-Øvergaard - 2026-11-23\.pdf$/) });
    const file = path.join(temp.dir, 'exports', `${made.exportId}.pdf`);
    expect((await readFile(file)).byteLength).toBe(made.bytes);
    const pdf = new PdfFile(file);
    expect(pdf.check().status).toBe(0);
    expect(pdf.pages()).toBe(1);
    const text = pdf.text().replace(/\s+/g, ' ');
    expect(text).toContain('Development summary: Siân Łukasz-Øvergaard');
    expect(text).toContain('Current level Level 1: Learning');
    expect(text).toContain('Target level Level 2: Practising (2 of 5 expectations met)');
    expect(text).toMatch(/T1 Operates and maintains equipment.* Competent Developing \(01\/11\/2025\)/);
    expect(text).toMatch(/S1 Works safely and manages risk Competent/);
    expect(text).toContain('First rating');
    expect(text).toContain('Still to show for Level 2: Practising');
    expect(text).toMatch(/D1 Plans own professional .*Developing → .*Competent/);
    expect(text).toContain('Set CPD goals each year');
    expect(text).toContain('Page 1 of 1');
  });

  it('prints the summary against a chosen target level', async () => {
    const made = await backend.api.makePathwaySummary(PATHWAY, { targetLevelId: 'level-4' });
    const text = new PdfFile(path.join(temp.dir, 'exports', `${made.exportId}.pdf`)).text().replace(/\s+/g, ' ');
    expect(text).toContain('Current level None of the levels is met yet');
    expect(text).toContain('Still to show for Level 4: Advanced');
    expect(text).toContain('and 1 more, listed in the app');
  });
});
