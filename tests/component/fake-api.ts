import { vi, type Mock } from 'vitest';
import { apiMethods, type ApiMethod, type TechfolioApi } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { SaveOutcome } from '../../core/api/methods/made-files';
import type { StorageStatus } from '../../core/api/methods/storage';
import type { ImportPreview } from '../../core/api/methods/transfer';
import { type ImportPlan, planCounts, planImport } from '../../core/import/import-plan';
import type { CpdAudit } from '../../core/cpd-rules/schema';
import type { FrameworkCoverage } from '../../core/coverage/schema';
import type { LoadedFramework } from '../../core/frameworks/registry';
import { Employment, Goal, Qualification, Supporter } from '../../core/model/career';
import { CpdRecord } from '../../core/model/cpd-record';
import { EvidenceItem } from '../../core/model/evidence';
import { Profile, nominatedSupporterDeleteRefusal, type ProfileInput } from '../../core/model/profile';
import { CompetenceStatement } from '../../core/model/statement';
import { sortActivities } from '../../core/commitment/activity-labels';
import { Activity } from '../../core/model/commitment';
import { CompetenceRating } from '../../core/model/competence-rating';
import { computePathway } from '../../core/pathway/pathway';
import { TrainingRecord } from '../../core/model/training';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routeChecklist } from '../../core/checklist/route-checklist';
import { Framework } from '../../core/frameworks/schema';
import { Portfolio } from '../../core/model/portfolio';
import { SuggestRequest } from '../../core/api/methods/suggest';
import { loadedCriterionWording } from '../../core/frameworks/criterion-wording';
import { SuggestionDismissal } from '../../core/suggest/dismissals';
import { ExampleIndex } from '../../core/suggest/example-index';
import { exampleSources, sourceKey } from '../../core/suggest/example-sources';
import { findExamples } from '../../core/suggest/find-examples';
import { suggestCriteria } from '../../core/suggest/suggest-criteria';
import { carryOver } from '../../core/upgrade/carry-over';
import { upgradeDeclared } from '../../core/upgrade/correspondence';
import { upgradeFramework, upgradeView } from '../../core/upgrade/upgrade-view';
import { newestCpd } from '../../core/cpd/search';

const STAMP = '2025-06-01T09:00:00.000Z';

/**
 * The real import plan over a simple CSV (commas, no quoted cells), so the import screen meets the
 * same mapping, value and duplicate rules as the backend applies; CPD only.
 */
function planFakeImport(file: Parameters<TechfolioApi['previewImport']>[0], cpd: readonly CpdRecord[], training: readonly TrainingRecord[]): ImportPlan {
  const [header = '', ...lines] = new TextDecoder().decode(Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0))).split(/\r?\n/).filter((l) => l !== '');
  const outcome = planImport({ headers: header.split(','), rows: lines.map((l) => l.split(',')) }, { kind: file.kind, mapping: file.mapping, values: file.values, duplicates: file.duplicates }, { cpd, training, profiles: [] });
  if (!outcome.ok) throw new ApiError({ code: 'refused', message: outcome.message });
  return outcome.plan;
}

/** The preview the backend sends for a plan (electron/transfer/spreadsheet-import.ts toPreview). */
export function fakeImportPreview(plan: ImportPlan): ImportPreview {
  const counts = planCounts(plan);
  const { kind, columns, guessedMapping, mapping, profileUsed, valueField, values, previewRows, duplicates, rejected, report } = plan;
  return { kind, columns, guessedMapping, mapping, profileUsed, valueField, values, previewRows, validCount: counts.valid, duplicateCount: counts.duplicates, duplicates, rejected, report };
}

/** What a test can put in the fake portfolio before rendering. */
export type FakeSeed = {
  profile?: ProfileInput;
  training?: TrainingRecord[];
  employment?: Employment[];
  qualifications?: Qualification[];
  supporters?: Supporter[];
  goals?: Goal[];
  evidence?: EvidenceItem[];
  frameworks?: LoadedFramework[];
  coverage?: Record<string, FrameworkCoverage>;
  audits?: Partial<Record<CpdAudit['bodyId'], CpdAudit>>;
  statements?: CompetenceStatement[];
  activities?: Activity[];
  ratings?: CompetenceRating[];
};

const notFound = (what: string) => new ApiError({ code: 'not-found', message: `No ${what} with that id.` });

/** list/add/update/delete over one in-memory array, parsing with the stored schema like the backend. */
function table<T extends { id: string }>(rows: T[], parse: (value: unknown) => T, prefix: string) {
  let next = 1;
  return {
    list: vi.fn(async () => [...rows]),
    add: vi.fn(async (input: object) => {
      const row = parse({ ...input, id: `fake-${prefix}-${next++}`, createdAt: STAMP, updatedAt: STAMP });
      rows.push(row);
      return row;
    }),
    update: vi.fn(async (id: string, input: object) => {
      const index = rows.findIndex((r) => r.id === id);
      if (index < 0) throw notFound(prefix);
      const row = parse({ ...input, id, createdAt: STAMP, updatedAt: STAMP });
      rows[index] = row;
      return row;
    }),
    remove: vi.fn(async (id: string) => {
      const index = rows.findIndex((r) => r.id === id);
      if (index < 0) throw notFound(prefix);
      rows.splice(index, 1);
      return { deleted: id };
    }),
  };
}

/** A call this fake does not implement: typed as the real call, so a test can still mock its answer. */
const unavailable = <M extends ApiMethod>(method: M) =>
  vi.fn<TechfolioApi[M]>(async (): Promise<never> => {
    throw new ApiError({ code: 'refused', message: `${method} is not available in this test.` });
  });

/** An in-memory stand-in for the backend, with every call a spy. */
export function createFakeApi(initial: CpdRecord[] = [], seed: FakeSeed = {}) {
  const records = [...initial];
  const training = [...(seed.training ?? [])];
  const employment = [...(seed.employment ?? [])];
  const qualifications = [...(seed.qualifications ?? [])];
  const supporters = [...(seed.supporters ?? [])];
  const goals = [...(seed.goals ?? [])];
  const evidence = [...(seed.evidence ?? [])];
  const frameworks = [...(seed.frameworks ?? [])];
  const statements = [...(seed.statements ?? [])];
  const activities = [...(seed.activities ?? [])];
  const ratings = [...(seed.ratings ?? [])];
  const findStatement = (frameworkId: string, code: string) => statements.find((s) => s.frameworkId === frameworkId && s.code === code);
  const putStatement = (statement: CompetenceStatement) => {
    const index = statements.findIndex((s) => s.frameworkId === statement.frameworkId && s.code === statement.code);
    if (index < 0) statements.push(statement);
    else statements[index] = statement;
    return statement;
  };
  const evidenceStamp = () => ({ id: `fake-evidence-${next++}`, createdAt: STAMP, updatedAt: STAMP, date: '2025-06-01' });
  let profile = Profile.parse(seed.profile ?? {});
  let next = 1;

  const cpd = table(records, (v) => CpdRecord.parse(v), 'record');
  const trainingTable = table(training, (v) => TrainingRecord.parse(v), 'training');
  const employmentTable = table(employment, (v) => Employment.parse(v), 'employment');
  const qualificationTable = table(qualifications, (v) => Qualification.parse(v), 'qualification');
  const supporterTable = table(supporters, (v) => Supporter.parse(v), 'supporter');
  const goalTable = table(goals, (v) => Goal.parse(v), 'goal');
  const activityTable = table(activities, (v) => Activity.parse(v), 'activity');

  const dismissals: SuggestionDismissal[] = [];
  const exampleIndex = () => {
    const index = new ExampleIndex();
    index.sync(exampleSources({ cpd: records, training, evidence, activities }));
    return index;
  };
  const fakePortfolio = () => Portfolio.parse({ profile, employment, qualifications, supporters, goals, evidence });
  const frameworkFor = (id: string): Framework =>
    frameworks.find((f) => f.framework.id === id)?.framework ?? Framework.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../assets/frameworks/${id}.json`), 'utf8')));
  const upgradePair = (fromId: string, toId: string) => {
    const lower = frameworks.find((f) => f.framework.id === fromId)?.framework;
    const higher = frameworks.find((f) => f.framework.id === toId)?.framework;
    if (!lower || !higher) throw notFound('framework');
    const upgrade = upgradeDeclared(higher, lower.id);
    if (!upgrade) throw new ApiError({ code: 'refused', message: `${higher.shortName}'s file declares no upgrade from ${lower.shortName}.` });
    return { lower, higher, upgrade };
  };

  const known = {
    getInfo: vi.fn(async () => ({ name: 'Techfolio', version: '0.0.0', dataDir: '/fake', transport: 'web' as const })),
    getSampleState: vi.fn(async () => ({ exploring: false })),
    listCpd: vi.fn(async () => [...records]),
    listCpdNewest: vi.fn(async (count: number) => ({ records: newestCpd(records, count), total: records.length })),
    getCpd: vi.fn(async (id: string) => {
      const record = records.find((r) => r.id === id);
      if (!record) throw notFound('CPD record');
      return record;
    }),
    addCpd: vi.fn(async (input: Parameters<TechfolioApi['addCpd']>[0]) => {
      const record = CpdRecord.parse({ ...input, id: `fake-record-${next++}`, createdAt: STAMP, updatedAt: STAMP });
      records.push(record);
      return record;
    }),
    updateCpd: vi.fn(async (id: string, input: Parameters<TechfolioApi['updateCpd']>[1]) => cpd.update(id, input)),
    deleteCpd: vi.fn(async (id: string) => cpd.remove(id)),
    // The bulk calls as electron/api/cpd-impl.ts makes them: all named records or none.
    updateCpdMany: vi.fn(async (change: Parameters<TechfolioApi['updateCpdMany']>[0]) => {
      if (change.ids.some((id) => !records.some((r) => r.id === id))) throw new ApiError({ code: 'validation', message: 'These CPD records do not exist.' });
      for (const [i, r] of records.entries()) {
        if (!change.ids.includes(r.id)) continue;
        const tags = [...r.tags.filter((t) => !(change.removeTags ?? []).includes(t)), ...(change.addTags ?? []).filter((t) => !r.tags.includes(t))];
        const { category: _old, ...rest } = r;
        records[i] = CpdRecord.parse({ ...(change.category === undefined ? r : change.category === null ? rest : { ...rest, category: change.category }), tags });
      }
      return { updated: change.ids.length };
    }),
    deleteCpdMany: vi.fn(async (ids: string[]) => {
      const deleted = records.filter((r) => ids.includes(r.id));
      records.splice(0, records.length, ...records.filter((r) => !ids.includes(r.id)));
      return { records: deleted, goalLinks: [] };
    }),
    restoreDeletedCpd: vi.fn(async (deleted: Parameters<TechfolioApi['restoreDeletedCpd']>[0]) => {
      const back = deleted.records.filter((r) => !records.some((x) => x.id === r.id));
      records.push(...back.map((r) => CpdRecord.parse(r)));
      return { restored: back.length };
    }),

    getProfile: vi.fn(async () => profile),
    saveProfile: vi.fn(async (input: Parameters<TechfolioApi['saveProfile']>[0]) => {
      profile = Profile.parse(input);
      return profile;
    }),
    listEmployment: employmentTable.list,
    addEmployment: employmentTable.add,
    updateEmployment: employmentTable.update,
    deleteEmployment: employmentTable.remove,
    listQualifications: qualificationTable.list,
    addQualification: qualificationTable.add,
    updateQualification: qualificationTable.update,
    deleteQualification: qualificationTable.remove,
    listTraining: trainingTable.list,
    addTraining: trainingTable.add,
    updateTraining: trainingTable.update,
    deleteTraining: trainingTable.remove,
    listSupporters: supporterTable.list,
    addSupporter: supporterTable.add,
    updateSupporter: supporterTable.update,
    // Like the backend: a nominated supporter stays until the profile names someone else.
    deleteSupporter: vi.fn(async (id: string) => {
      const refusal = nominatedSupporterDeleteRefusal(profile, id, (frameworkId) => frameworks.find((f) => f.framework.id === frameworkId)?.framework.shortName ?? frameworkId);
      if (refusal) throw new ApiError({ code: 'validation', message: refusal });
      return supporterTable.remove(id);
    }),
    listGoals: goalTable.list,
    addGoal: goalTable.add,
    updateGoal: goalTable.update,
    deleteGoal: goalTable.remove,

    listEvidence: vi.fn(async () => [...evidence]),
    addEvidenceFile: vi.fn(async (input: Parameters<TechfolioApi['addEvidenceFile']>[0]) => {
      const item = EvidenceItem.parse({
        kind: 'file',
        id: `fake-evidence-${next++}`,
        title: input.title ?? input.fileName,
        date: input.date ?? '2025-06-01',
        description: input.description ?? '',
        mappings: input.mappings ?? [],
        file: { sha256: 'a'.repeat(64), size: Math.floor((input.dataBase64.length * 3) / 4), mediaType: 'application/pdf', originalName: input.fileName },
        createdAt: STAMP,
        updatedAt: STAMP,
      });
      evidence.push(item);
      return { outcome: 'added' as const, item };
    }),
    addEvidenceNote: vi.fn(async (input: Parameters<TechfolioApi['addEvidenceNote']>[0]) => {
      const item = EvidenceItem.parse({ kind: 'note', ...evidenceStamp(), ...input });
      evidence.push(item);
      return item;
    }),
    addEvidenceLink: vi.fn(async (input: Parameters<TechfolioApi['addEvidenceLink']>[0]) => {
      const item = EvidenceItem.parse({ kind: 'link', ...evidenceStamp(), ...input });
      evidence.push(item);
      return item;
    }),
    updateEvidence: vi.fn(async (id: string, update: Parameters<TechfolioApi['updateEvidence']>[1]) => {
      const index = evidence.findIndex((e) => e.id === id);
      const existing = evidence[index];
      if (!existing) throw notFound('evidence item');
      const item = EvidenceItem.parse({ ...existing, ...update, updatedAt: STAMP });
      evidence[index] = item;
      return item;
    }),
    deleteEvidence: vi.fn(async (id: string) => {
      const index = evidence.findIndex((e) => e.id === id);
      if (index < 0) throw notFound('evidence item');
      evidence.splice(index, 1);
      return { deleted: id };
    }),
    getEvidenceUsage: vi.fn(async () => []),
    readEvidenceFile: unavailable('readEvidenceFile'),

    listStatements: vi.fn(async () => []),
    getStatement: vi.fn(async (frameworkId: string, code: string) => findStatement(frameworkId, code) ?? null),
    /** Like the backend, minus the five-minute coalescing: every save after the first keeps the previous text as a version. */
    saveStatement: vi.fn(async (frameworkId: string, code: string, text: string) => {
      const existing = findStatement(frameworkId, code);
      const versions = existing && existing.text !== '' ? [...existing.versions, { text: existing.text, savedAt: existing.updatedAt }] : (existing?.versions ?? []);
      return putStatement(CompetenceStatement.parse({ frameworkId, code, text, updatedAt: new Date().toISOString(), versions }));
    }),
    restoreStatementVersion: vi.fn(async (frameworkId: string, code: string, savedAt: string) => {
      const existing = findStatement(frameworkId, code);
      const version = existing?.versions.find((v) => v.savedAt === savedAt);
      if (!existing || !version) throw notFound('statement version');
      const versions = [...existing.versions, { text: existing.text, savedAt: existing.updatedAt }];
      return putStatement(CompetenceStatement.parse({ frameworkId, code, text: version.text, updatedAt: new Date().toISOString(), versions }));
    }),

    getStorageStatus: vi.fn(async (): Promise<StorageStatus> => ({
      dataDir: '/fake',
      storePath: '/fake/portfolio.json',
      schemaVersion: 2,
      lastBackup: { fileName: 'portfolio-2025-06-01.json', createdAt: STAMP, reason: 'daily', size: 2048 },
      backups: [{ fileName: 'portfolio-2025-06-01.json', createdAt: STAMP, reason: 'daily', size: 2048 }],
      startupCheck: { outcome: 'ok' as const, message: 'Your portfolio was checked and is in good order.' },
      evidence: { files: evidence.length, bytes: 0, maxFileBytes: 50 * 1024 * 1024 },
    })),

    listFrameworks: vi.fn(async () =>
      frameworks.map((f) => ({
        id: f.framework.id,
        name: f.framework.name,
        shortName: f.framework.shortName,
        kind: f.framework.kind,
        awardingBody: f.framework.awardingBody,
        edition: f.framework.edition,
        origin: f.origin,
        criteriaCount: f.framework.areas.reduce((n, a) => n + a.criteria.length, 0),
        pendingCount: 0,
        overrideCount: 0,
      })),
    ),
    getFramework: vi.fn(async (id: string) => {
      const found = frameworks.find((f) => f.framework.id === id);
      if (!found) throw notFound('framework');
      return found;
    }),
    getCoverage: vi.fn(async (id: string) => {
      const found = seed.coverage?.[id];
      if (!found) throw notFound('framework');
      return found;
    }),
    listCpdRuleSets: vi.fn(async () => []),
    evaluateCpdRules: vi.fn(async (bodyId: Parameters<TechfolioApi['evaluateCpdRules']>[0]) => {
      const audit = seed.audits?.[bodyId];
      if (!audit) throw notFound('CPD rule set');
      return audit;
    }),
    setCriterionOverride: unavailable('setCriterionOverride'),
    clearCriterionOverride: unavailable('clearCriterionOverride'),
    importFramework: unavailable('importFramework'),
    removeImportedFramework: unavailable('removeImportedFramework'),
    setMappings: vi.fn(async (target: Parameters<TechfolioApi['setMappings']>[0], mappings: Parameters<TechfolioApi['setMappings']>[1]) => {
      const parsed = (mappings ?? []).map((m) => ({ ...m, note: m.note ?? '' }));
      const record = records.find((r) => r.id === target.id);
      if (record) Object.assign(record, { mappings: parsed });
      return parsed;
    }),

    previewImport: vi.fn(async (file: Parameters<TechfolioApi['previewImport']>[0]) => fakeImportPreview(planFakeImport(file, records, training))),
    commitImport: vi.fn(async (file: Parameters<TechfolioApi['commitImport']>[0]) => {
      const plan = planFakeImport(file, records, training);
      const fresh = plan.cpd.filter((p) => p.duplicateOf === undefined).map((p) => CpdRecord.parse({ ...p.record, id: `fake-import-${next++}`, createdAt: STAMP, updatedAt: STAMP }));
      records.push(...fresh);
      const { duplicates } = planCounts(plan);
      return { kind: plan.kind, added: fresh.length, updated: 0, skipped: duplicates, hours: fresh.reduce((sum, r) => sum + r.hours, 0), rejected: plan.rejected, report: plan.report };
    }),
    exportArchive: vi.fn(async () => ({ exportId: 'fake-export', fileName: 'techfolio-2025-06-01.techfolio', bytes: 4096 })),
    restoreArchive: unavailable('restoreArchive'),
    exportCsv: vi.fn(async () => ({ cpdCsv: 'title,start\n', trainingCsv: 'course,completed\n' })),

    preflightPack: unavailable('preflightPack'),
    startPack: unavailable('startPack'),
    getPackJob: unavailable('getPackJob'),
    cancelPack: unavailable('cancelPack'),
    makePack: unavailable('makePack'),
    makeCpdSummary: unavailable('makeCpdSummary'),
    makeAppraisalPack: unavailable('makeAppraisalPack'),
    listDueNotices: vi.fn<TechfolioApi['listDueNotices']>(async () => ({ enabled: false, today: '2026-12-05', notices: [] })),
    makeProfilePage: unavailable('makeProfilePage'),
    exportStatementsText: unavailable('exportStatementsText'),
    // As the desktop app answers: the user chose a folder in the save dialog.
    saveExport: vi.fn(async (_exportId: string, fileName: string): Promise<SaveOutcome> => ({ status: 'saved', path: `/home/technician/Documents/${fileName}` })),
    discardExport: vi.fn(async () => ({ discarded: true })),

    listActivities: vi.fn(async (kind?: Parameters<TechfolioApi['listActivities']>[0]) => sortActivities(activities.filter((a) => kind === undefined || a.kind === kind))),
    addActivity: vi.fn(async (input: Parameters<TechfolioApi['addActivity']>[0]) => activityTable.add(input)),
    updateActivity: vi.fn(async (id: string, input: Parameters<TechfolioApi['updateActivity']>[1]) => activityTable.update(id, input)),
    deleteActivity: vi.fn(async (id: string) => activityTable.remove(id)),
    listPathways: vi.fn(async () =>
      frameworks.flatMap(({ framework: f }) => (f.levels ? [{ id: f.id, name: f.name, shortName: f.shortName, levelCount: f.levels.length }] : [])),
    ),
    rateCompetence: vi.fn(async (input: Parameters<TechfolioApi['rateCompetence']>[0]) => {
      const rating = CompetenceRating.parse({ ...input, date: input.date ?? '2025-06-01', id: `fake-rating-${next++}`, createdAt: STAMP });
      ratings.push(rating);
      return rating;
    }),
    listRatings: vi.fn(async (frameworkId: string) => ratings.filter((r) => r.frameworkId === frameworkId)),
    deleteRating: vi.fn(async (id: string) => {
      const index = ratings.findIndex((r) => r.id === id);
      if (index < 0) throw notFound('rating');
      ratings.splice(index, 1);
      return { deleted: id };
    }),
    /** The real pathway logic over the seeded frameworks and the ratings made so far. */
    getPathway: vi.fn(async (frameworkId: string, targetLevelId?: string) => {
      const found = frameworks.find((f) => f.framework.id === frameworkId);
      if (!found) throw notFound('framework');
      return computePathway(found.framework, ratings, targetLevelId);
    }),
    makePathwaySummary: unavailable('makePathwaySummary'),
    /** The real checklist over the fake's profile and lists; a shipped framework file when none is seeded. */
    getRouteChecklist: vi.fn(async (frameworkId: string) => routeChecklist(fakePortfolio(), frameworkFor(frameworkId))),
    setSupporterStep: vi.fn(async (frameworkId: string, step: 'supporterAgreed' | 'supporterStatementReceived', date: string | null) => {
      profile = Profile.parse({ ...profile, targetRegistrations: profile.targetRegistrations.map((r) => (r.frameworkId === frameworkId ? { ...r, [step]: date ?? undefined } : r)) });
      return routeChecklist(fakePortfolio(), frameworkFor(frameworkId));
    }),

    /** The real example finder over the fake's records and seeded frameworks, as electron/api/suggest-impl.ts runs it. */
    suggestCriteria: vi.fn(async (input: Parameters<TechfolioApi['suggestCriteria']>[0]) => {
      const request = SuggestRequest.parse(input);
      const index = exampleIndex();
      const dismissed = new Set(dismissals.filter((d) => d.itemKind === request.kind && d.itemId === request.recordId).map((d) => `${d.frameworkId}:${d.code}`));
      for (const e of request.exclude) dismissed.add(`${e.frameworkId}:${e.code}`);
      const record = { title: request.title, body: [request.description, ...request.reflection].join('\n'), outcomes: request.outcomes, tags: request.tags.join(' '), mappings: request.mappings.map((m) => ({ ...m, note: '' })) };
      const ids = request.frameworkIds ?? profile.targetRegistrations.map((r) => r.frameworkId);
      return ids.flatMap((id) => {
        const loaded = frameworks.find((f) => f.framework.id === id);
        if (!loaded) return [];
        const key = request.recordId !== undefined ? sourceKey(request.kind, request.recordId) : undefined;
        const suggestions = suggestCriteria(index, loaded, record, { ...(key !== undefined ? { key } : {}), dismissed, limit: request.limit }).map((s) => ({ frameworkId: id, ...s, heading: loadedCriterionWording(loaded, s.code).heading }));
        return [{ frameworkId: id, shortName: loaded.framework.shortName, suggestions }];
      });
    }),
    findExamples: vi.fn(async (frameworkId: string, code: string, options?: { limit?: number }) => {
      const loaded = frameworks.find((f) => f.framework.id === frameworkId);
      if (!loaded) throw notFound('framework');
      const dismissed = new Set(dismissals.filter((d) => d.frameworkId === frameworkId && d.code === code).map((d) => sourceKey(d.itemKind, d.itemId)));
      return findExamples(exampleIndex(), loaded, code, { limit: options?.limit ?? 10, dismissed });
    }),
    dismissSuggestion: vi.fn(async (input: Parameters<TechfolioApi['dismissSuggestion']>[0]) => {
      const dismissal = SuggestionDismissal.parse({ ...input, dismissedAt: STAMP });
      dismissals.push(dismissal);
      return dismissal;
    }),

    /** The real upgrade logic (electron/api/upgrade-impl.ts) over the seeded frameworks and the fake's lists. */
    listUpgrades: vi.fn(async () =>
      frameworks.flatMap(({ framework: higher }) =>
        higher.upgradeFrom.flatMap((u) => {
          const lower = frameworks.find((f) => f.framework.id === u.frameworkId)?.framework;
          return lower ? [{ from: upgradeFramework(lower), to: upgradeFramework(higher) }] : [];
        }),
      ),
    ),
    getUpgradeView: vi.fn(async (fromId: string, toId: string) => {
      const { lower, higher, upgrade } = upgradePair(fromId, toId);
      return upgradeView(lower, higher, upgrade, statements, { cpd: records, training, qualifications, evidence, activities });
    }),
    carryOverUpgrade: vi.fn(async (fromId: string, toId: string, options?: Parameters<TechfolioApi['carryOverUpgrade']>[2]) => {
      const { lower, higher, upgrade } = upgradePair(fromId, toId);
      const { next, summary } = carryOver({ statements, cpd: records, training, qualifications, evidence, activities }, lower, higher, upgrade, STAMP);
      if (options?.dryRun) return { ...summary, dryRun: true };
      // Written back into the same arrays, so every other fake call sees the carried work.
      statements.splice(0, statements.length, ...next.statements);
      records.splice(0, records.length, ...next.cpd);
      training.splice(0, training.length, ...next.training);
      qualifications.splice(0, qualifications.length, ...next.qualifications);
      evidence.splice(0, evidence.length, ...next.evidence);
      activities.splice(0, activities.length, ...next.activities);
      return { ...summary, dryRun: false };
    }),
  } satisfies Partial<TechfolioApi>;
  // Calls added to the contract since these fakes were written refuse politely instead of
  // breaking every test's types; give one a real fake above when a screen starts to use it.
  const fallback = Object.fromEntries(apiMethods.map((method) => [method, unavailable(method)])) as unknown as Omit<{ [M in keyof TechfolioApi]: Mock<TechfolioApi[M]> }, keyof typeof known>;
  const api = { ...fallback, ...known };
  return { api, dismissals, records, training, employment, qualifications, supporters, goals, evidence, statements, activities, ratings, getProfile: () => profile };
}
