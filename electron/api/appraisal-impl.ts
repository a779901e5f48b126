import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { appraisalMethods } from '../../core/api/methods/appraisal';
import { appraisalContent } from '../../core/appraisal/appraisal-content';
import { buildFrameworkRegistry } from '../../core/frameworks/registry';
import { localToday } from '../../core/format/today';
import type { ApiServices } from './services';

type AppraisalImpl = Pick<TechfolioApiImpl, keyof typeof appraisalMethods>;

/** The appraisal (annual review) document, from the portfolio as it stands. */
export function createAppraisalImpl({ portfolio, frameworks, appraisals }: ApiServices): AppraisalImpl {
  return {
    makeAppraisalPack: async ({ since, date, format }) => {
      const p = portfolio.read();
      const registry = buildFrameworkRegistry({ builtIn: frameworks.builtIn, imported: p.importedFrameworks, overrides: p.frameworkOverrides });
      const day = date ?? localToday(portfolio.now());
      if (since > day) throw new ApiError({ code: 'refused', message: 'The last review is after the date of this one: choose a day on or before it.' });
      const content = appraisalContent(p, registry, { since, date: day });
      return appraisals.make(content, format);
    },
  };
}
