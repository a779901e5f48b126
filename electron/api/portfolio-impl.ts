import type { TechfolioApiImpl } from '../../core/api/contract';
import { localToday } from '../../core/format/today';
import { ApiError } from '../../core/api/errors';
import type { portfolioMethods } from '../../core/api/methods/portfolio';
import { Employment, Goal, Qualification, Supporter } from '../../core/model/career';
import { EvidenceItem } from '../../core/model/evidence';
import { PORTFOLIO_SCHEMA_VERSION, type Portfolio } from '../../core/model/portfolio';
import { Profile, nominatedSupporterDeleteRefusal } from '../../core/model/profile';
import { CompetenceStatement } from '../../core/model/statement';
import { TrainingRecord } from '../../core/model/training';
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from '../../core/evidence/limits';
import { PAGED_MEDIA_TYPE, pagesOnlyForPdfMessage } from '../../core/evidence/page-selection';
import type { PortfolioStore } from '../services/portfolio-store';
import type { ApiServices } from './services';

/** Saves of one statement closer together than this are one edit: the latest text replaces the current one. */
export const STATEMENT_COALESCE_MS = 5 * 60 * 1000;
const MAX_STATEMENT_VERSIONS = 200;

interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

const notFound = (what: string) =>
  new ApiError({ code: 'not-found', message: `That ${what} is no longer in your portfolio. It may have been deleted in another window; reload the list.` });

/** Refuses ids that name nothing, so no record ever cites evidence or CPD that is not there. */
export function assertIdsExist(ids: readonly string[], existing: readonly { id: string }[], what: string): void {
  const known = new Set(existing.map((r) => r.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new ApiError({ code: 'validation', message: `${missing.length === 1 ? `This ${what} does not exist` : `${missing.length} of these ${what}s do not exist`}: ${missing.join(', ')}. Reload and choose again.` });
  }
}

/** Removes a deleted CPD record from every goal that lists it. */
export const withoutCpdReferences = (p: Portfolio, id: string): Portfolio => ({
  ...p,
  goals: p.goals.map((g) => (g.cpdRecordIds.includes(id) ? { ...g, cpdRecordIds: g.cpdRecordIds.filter((x) => x !== id) } : g)),
});

/** Removes a deleted evidence item from every record that cites it. */
export const withoutEvidenceReferences = (p: Portfolio, id: string): Portfolio => {
  const drop = <R extends { evidenceIds: string[] }>(r: R): R =>
    r.evidenceIds.includes(id) ? { ...r, evidenceIds: r.evidenceIds.filter((x) => x !== id) } : r;
  return { ...p, cpd: p.cpd.map(drop), qualifications: p.qualifications.map(drop), training: p.training.map(drop), activities: p.activities.map(drop), competenceRatings: p.competenceRatings.map(drop) };
};

/** list / add / update / delete over one array of the portfolio. */
export function recordCollection<R extends StoredRecord, I extends object>(
  portfolio: PortfolioStore,
  what: string,
  options: {
    get: (p: Portfolio) => R[];
    set: (p: Portfolio, records: R[]) => Portfolio;
    schema: { parse(value: unknown): R };
    /** Checks an input against the rest of the portfolio (ids it cites) before it is stored. */
    check?: (p: Portfolio, input: I) => void;
    /** Removes references to a deleted record from the rest of the portfolio. */
    onDelete?: (p: Portfolio, id: string) => Portfolio;
  },
) {
  const { get, set, schema, check, onDelete } = options;
  return {
    list: async (): Promise<R[]> => get(portfolio.read()),
    get: async (id: string): Promise<R> => {
      const found = get(portfolio.read()).find((r) => r.id === id);
      if (!found) throw notFound(what);
      return found;
    },
    add: async (input: I): Promise<R> =>
      portfolio.update((current) => {
        check?.(current, input);
        const record = schema.parse({ ...input, ...portfolio.stamp() });
        return { next: set(current, [...get(current), record]), result: record };
      }),
    update: async (id: string, input: I): Promise<R> =>
      portfolio.update((current) => {
        const existing = get(current).find((r) => r.id === id);
        if (!existing) throw notFound(what);
        check?.(current, input);
        const record = schema.parse({ ...input, id, createdAt: existing.createdAt, updatedAt: portfolio.now().toISOString() });
        return { next: set(current, get(current).map((r) => (r.id === id ? record : r))), result: record };
      }),
    delete: async (id: string): Promise<{ deleted: string }> =>
      portfolio.update((current) => {
        if (!get(current).some((r) => r.id === id)) throw notFound(what);
        const without = set(current, get(current).filter((r) => r.id !== id));
        return { next: onDelete ? onDelete(without, id) : without, result: { deleted: id } };
      }),
  };
}

const checkEvidenceIds = (p: Portfolio, input: { evidenceIds?: string[] | undefined }) =>
  assertIdsExist(input.evidenceIds ?? [], p.evidence, 'evidence item');

type PortfolioImpl = Pick<TechfolioApiImpl, keyof typeof portfolioMethods>;

export function createPortfolioImpl({ portfolio, evidence, backups, storage, frameworks }: ApiServices): PortfolioImpl {
  const employment = recordCollection(portfolio, 'job', {
    get: (p) => p.employment,
    set: (p, employment) => ({ ...p, employment }),
    schema: Employment,
  });
  const qualifications = recordCollection(portfolio, 'qualification', {
    get: (p) => p.qualifications,
    set: (p, qualifications) => ({ ...p, qualifications }),
    schema: Qualification,
    check: checkEvidenceIds,
  });
  const training = recordCollection(portfolio, 'training record', {
    get: (p) => p.training,
    set: (p, training) => ({ ...p, training }),
    schema: TrainingRecord,
    check: checkEvidenceIds,
  });
  const supporters = recordCollection(portfolio, 'supporter', {
    get: (p) => p.supporters,
    set: (p, supporters) => ({ ...p, supporters }),
    schema: Supporter,
    onDelete: (p, id) => {
      const shortName = (frameworkId: string) => [...frameworks.builtIn, ...p.importedFrameworks].find((f) => f.id === frameworkId)?.shortName ?? frameworkId;
      const refusal = nominatedSupporterDeleteRefusal(p.profile, id, shortName);
      if (refusal) throw new ApiError({ code: 'validation', message: refusal });
      return p;
    },
  });
  const goals = recordCollection(portfolio, 'goal', {
    get: (p) => p.goals,
    set: (p, goals) => ({ ...p, goals }),
    schema: Goal,
    check: (p, input: { cpdRecordIds?: string[] | undefined }) => assertIdsExist(input.cpdRecordIds ?? [], p.cpd, 'CPD record'),
  });

  const findEvidence = (p: Portfolio, id: string) => {
    const item = p.evidence.find((e) => e.id === id);
    if (!item) throw notFound('evidence item');
    return item;
  };

  const today = () => localToday(portfolio.now());

  const statementOf = (p: Portfolio, frameworkId: string, code: string) =>
    p.statements.find((s) => s.frameworkId === frameworkId && s.code === code);
  const replaceStatement = (p: Portfolio, statement: CompetenceStatement): Portfolio => ({
    ...p,
    statements: statementOf(p, statement.frameworkId, statement.code)
      ? p.statements.map((s) => (s.frameworkId === statement.frameworkId && s.code === statement.code ? statement : s))
      : [...p.statements, statement],
  });
  const keepLatest = (versions: CompetenceStatement['versions']) => versions.slice(-MAX_STATEMENT_VERSIONS);

  return {
    getProfile: async () => portfolio.read().profile,
    saveProfile: async (profile) =>
      portfolio.update((current) => {
        const saved = Profile.parse(profile);
        assertIdsExist(saved.targetRegistrations.flatMap((r) => (r.nominatedSupporterId ? [r.nominatedSupporterId] : [])), current.supporters, 'nominated supporter');
        return { next: { ...current, profile: saved }, result: saved };
      }),

    listEmployment: employment.list,
    addEmployment: employment.add,
    updateEmployment: employment.update,
    deleteEmployment: employment.delete,
    listQualifications: qualifications.list,
    addQualification: qualifications.add,
    updateQualification: qualifications.update,
    deleteQualification: qualifications.delete,
    listTraining: training.list,
    addTraining: training.add,
    updateTraining: training.update,
    deleteTraining: training.delete,
    listSupporters: supporters.list,
    addSupporter: supporters.add,
    updateSupporter: supporters.update,
    deleteSupporter: supporters.delete,
    listGoals: goals.list,
    addGoal: goals.add,
    updateGoal: goals.update,
    deleteGoal: goals.delete,

    listEvidence: async () => portfolio.read().evidence,
    addEvidenceFile: async ({ fileName, dataBase64, ...details }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > MAX_EVIDENCE_BYTES) throw new ApiError({ code: 'refused', message: tooLargeMessage(fileName, bytes.length) });
      return evidence.addFromBytes(fileName, bytes, details);
    },
    addEvidenceNote: async ({ title, date, description, mappings, note }) =>
      portfolio.update((current) => {
        const item = EvidenceItem.parse({ kind: 'note', title, date: date ?? today(), description, mappings, note, ...portfolio.stamp() });
        return { next: { ...current, evidence: [...current.evidence, item] }, result: item };
      }),
    addEvidenceLink: async ({ title, date, description, mappings, url }) =>
      portfolio.update((current) => {
        const item = EvidenceItem.parse({ kind: 'link', title, date: date ?? today(), description, mappings, url, ...portfolio.stamp() });
        return { next: { ...current, evidence: [...current.evidence, item] }, result: item };
      }),
    updateEvidence: async (id, { note, url, ...details }) =>
      portfolio.update((current) => {
        const existing = findEvidence(current, id);
        if (note !== undefined && existing.kind !== 'note') throw new ApiError({ code: 'validation', message: 'Only a note has note text to change.' });
        if (url !== undefined && existing.kind !== 'link') throw new ApiError({ code: 'validation', message: 'Only a link has a web address to change.' });
        if (details.pages !== undefined && !(existing.kind === 'file' && existing.file.mediaType === PAGED_MEDIA_TYPE)) {
          throw new ApiError({ code: 'validation', message: pagesOnlyForPdfMessage(`"${existing.title}"`) });
        }
        const item = EvidenceItem.parse({
          ...existing,
          ...details,
          ...(note !== undefined ? { note } : {}),
          ...(url !== undefined ? { url } : {}),
          updatedAt: portfolio.now().toISOString(),
        });
        return { next: { ...current, evidence: current.evidence.map((e) => (e.id === id ? item : e)) }, result: item };
      }),
    deleteEvidence: async (id) => {
      const removed = portfolio.update((current) => {
        const item = findEvidence(current, id);
        const without = { ...current, evidence: current.evidence.filter((e) => e.id !== id) };
        return { next: withoutEvidenceReferences(without, id), result: item };
      });
      // The record is gone first: a crash before the file moves leaves an uncited file, never a dangling id.
      if (removed.kind === 'file') await evidence.release([removed.file.sha256]);
      return { deleted: id };
    },
    getEvidenceUsage: async (id) => {
      const p = portfolio.read();
      findEvidence(p, id);
      const cites = (r: { evidenceIds: string[] }) => r.evidenceIds.includes(id);
      return [
        ...p.cpd.filter(cites).map((r) => ({ kind: 'cpd' as const, id: r.id, title: r.title })),
        ...p.qualifications.filter(cites).map((r) => ({ kind: 'qualification' as const, id: r.id, title: r.title })),
        ...p.training.filter(cites).map((r) => ({ kind: 'training' as const, id: r.id, title: r.course })),
        ...p.activities.filter(cites).map((r) => ({ kind: r.kind, id: r.id, title: r.title })),
      ];
    },

    listStatements: async (frameworkId) =>
      portfolio.read().statements.filter((s) => frameworkId === undefined || s.frameworkId === frameworkId),
    getStatement: async (frameworkId, code) => statementOf(portfolio.read(), frameworkId, code) ?? null,
    /**
     * Autosave-friendly: saves less than five minutes after the last one replace the current
     * text; a save after a pause first keeps the current text as a version. So the text as it was
     * before each editing session can always be restored.
     */
    saveStatement: async (frameworkId, code, text) =>
      portfolio.update((current) => {
        const at = portfolio.now();
        const existing = statementOf(current, frameworkId, code);
        if (existing?.text === text) return { next: current, result: existing };
        let versions = existing?.versions ?? [];
        // Math.abs: a clock set back is a pause too, so the text from before it is kept.
        if (existing && existing.text !== '' && Math.abs(at.getTime() - Date.parse(existing.updatedAt)) >= STATEMENT_COALESCE_MS) {
          versions = keepLatest([...versions, { text: existing.text, savedAt: existing.updatedAt }]);
        }
        const statement = CompetenceStatement.parse({ frameworkId, code, text, updatedAt: at.toISOString(), versions });
        return { next: replaceStatement(current, statement), result: statement };
      }),
    /** The current text becomes a version too, so a restore can itself be undone. */
    restoreStatementVersion: async (frameworkId, code, savedAt) =>
      portfolio.update((current) => {
        const existing = statementOf(current, frameworkId, code);
        const version = existing?.versions.find((v) => v.savedAt === savedAt);
        if (!existing || !version) throw notFound('version of the statement');
        const at = portfolio.now().toISOString();
        const versions = existing.text === version.text ? existing.versions : keepLatest([...existing.versions, { text: existing.text, savedAt: existing.updatedAt }]);
        const statement = CompetenceStatement.parse({ frameworkId, code, text: version.text, updatedAt: at, versions });
        return { next: replaceStatement(current, statement), result: statement };
      }),

    getStorageStatus: async () => {
      const list = await backups.list();
      return {
        dataDir: storage.dataDir,
        storePath: portfolio.path,
        schemaVersion: PORTFOLIO_SCHEMA_VERSION,
        lastBackup: list[0] ?? null,
        backups: list,
        startupCheck: storage.startupCheck,
        evidence: { ...(await evidence.stats()), maxFileBytes: MAX_EVIDENCE_BYTES },
      };
    },
  };
}
