import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';
import type { careerMethods } from '../../core/api/methods/career';
import { Employment, Goal, Qualification, Supporter } from '../../core/model/career';
import { nominatedSupporterDeleteRefusal } from '../../core/model/profile';
import { frameworkLookup } from './framework-lookup';
import { assertIdsExist, checkEvidenceIds, recordCollection } from './record-collection';
import type { ApiServices } from './services';

type CareerImpl = Pick<TechfolioApiImpl, keyof typeof careerMethods>;

export function createCareerImpl({ portfolio, frameworks }: ApiServices): CareerImpl {
  const { shortNameOf } = frameworkLookup(frameworks.builtIn);
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
  const supporters = recordCollection(portfolio, 'supporter', {
    get: (p) => p.supporters,
    set: (p, supporters) => ({ ...p, supporters }),
    schema: Supporter,
    onDelete: (p, id) => {
      const refusal = nominatedSupporterDeleteRefusal(p.profile, id, (frameworkId) => shortNameOf(p, frameworkId));
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

  return {
    listEmployment: employment.list,
    addEmployment: employment.add,
    updateEmployment: employment.update,
    deleteEmployment: employment.delete,
    listQualifications: qualifications.list,
    addQualification: qualifications.add,
    updateQualification: qualifications.update,
    deleteQualification: qualifications.delete,
    listSupporters: supporters.list,
    addSupporter: supporters.add,
    updateSupporter: supporters.update,
    deleteSupporter: supporters.delete,
    listGoals: goals.list,
    addGoal: goals.add,
    updateGoal: goals.update,
    deleteGoal: goals.delete,
  };
}
