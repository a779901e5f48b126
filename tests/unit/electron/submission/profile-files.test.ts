import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProfileFor, GENERIC_PROFILE_ID, summariseProfiles } from '../../../../core/submission/schema';
import { loadBuiltInFrameworks } from '../../../../electron/services/framework-files';
import { loadSubmissionProfiles } from '../../../../electron/submission/profile-files';

const assets = path.resolve('assets');

describe('the shipped submission profiles', async () => {
  const profiles = await loadSubmissionProfiles(assets);
  const frameworkIds = new Set((await loadBuiltInFrameworks(assets)).map((f) => f.id));

  it('all load, one per file', async () => {
    expect(profiles).toHaveLength((await readdir(path.join(assets, 'submission-profiles'))).filter((n) => n.endsWith('.json')).length);
  });

  it('give every body figure the address it was read at; only the generic profile has figures of its own', () => {
    for (const p of profiles.filter((p) => p.id !== GENERIC_PROFILE_ID)) {
      const figures = [p.maxFileBytes, p.singlePdfMaxBytes, ...p.documents.map((d) => d.maxPages), ...p.fields.flatMap((f) => [f.limit, f.suggested])].filter((f) => f !== undefined);
      expect(figures.length, p.id).toBeGreaterThan(0);
      for (const f of figures) expect(f.source, `${p.id}: ${f.value}`).toMatch(/^https?:\/\//);
      if (p.plainTextOnly) expect(p.plainTextOnly.source).toMatch(/^https?:\/\//);
    }
  });

  it('name only routes that exist, and the generic profile is one PDF of at most 20 MB', () => {
    for (const p of profiles) for (const id of [...p.frameworkIds, ...p.defaultFor]) expect(frameworkIds.has(id), `${p.id}: ${id}`).toBe(true);
    const generic = profiles.find((p) => p.id === GENERIC_PROFILE_ID)!;
    expect(generic.delivery).toBe('single-pdf');
    expect(generic.singlePdfMaxBytes!.value).toBe(20 * 1024 * 1024);
  });

  it("default to the route's own profile, else the generic one, and offer generic to every route", () => {
    expect(defaultProfileFor(profiles, 'ukspec4-engtech')?.id).toBe('iet-career-manager');
    expect(defaultProfileFor(profiles, 'sc-rscitech')?.id).toBe('science-council-cap');
    expect(defaultProfileFor(profiles, 'example-technician-pathway')?.id).toBe(GENERIC_PROFILE_ID);
    const listed = summariseProfiles(profiles, 'sc-rsci');
    expect(listed[0]).toMatchObject({ id: 'science-council-cap', isDefault: true });
    expect(listed.find((p) => p.id === GENERIC_PROFILE_ID)).toMatchObject({ forRoute: true, isDefault: false });
  });
});

describe('an assets folder without submission profiles', () => {
  it('opens with none, rather than failing the whole backend', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'techfolio-assets-'));
    try {
      expect(await loadSubmissionProfiles(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
