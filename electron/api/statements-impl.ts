import type { TechfolioApiImpl } from '../../core/api/contract';
import type { statementMethods } from '../../core/api/methods/statements';
import type { Portfolio } from '../../core/model/portfolio';
import { CompetenceStatement } from '../../core/model/statement';
import { recordNotFound } from './record-collection';
import type { ApiServices } from './services';

/** Saves of one statement closer together than this are one edit: the latest text replaces the current one. */
export const STATEMENT_COALESCE_MS = 5 * 60 * 1000;
const MAX_STATEMENT_VERSIONS = 200;

type StatementsImpl = Pick<TechfolioApiImpl, keyof typeof statementMethods>;

/** Competence statements, one per framework and criterion, with the versions kept between editing sessions. */
export function createStatementsImpl({ portfolio }: ApiServices): StatementsImpl {
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
        if (!existing || !version) throw recordNotFound('version of the statement');
        const at = portfolio.now().toISOString();
        const versions = existing.text === version.text ? existing.versions : keepLatest([...existing.versions, { text: existing.text, savedAt: existing.updatedAt }]);
        const statement = CompetenceStatement.parse({ frameworkId, code, text: version.text, updatedAt: at, versions });
        return { next: replaceStatement(current, statement), result: statement };
      }),
  };
}
