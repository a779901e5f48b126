import { Employment, EmploymentInput, Goal, GoalInput, Qualification, QualificationInput, Supporter, SupporterInput } from '../../model/career';
import type { MethodSchema } from './method-schema';
import { recordMethods } from './record-methods';

const employment = recordMethods(EmploymentInput, Employment, 'employment');
const qualification = recordMethods(QualificationInput, Qualification, 'qualifications');
const supporter = recordMethods(SupporterInput, Supporter, 'supporters');
const goal = recordMethods(GoalInput, Goal, 'goals');

/** The career record: jobs, qualifications, the people who support an application, and goals. */
export const careerMethods = {
  listEmployment: employment.list,
  addEmployment: employment.add,
  updateEmployment: employment.update,
  deleteEmployment: employment.delete,

  listQualifications: qualification.list,
  addQualification: qualification.add,
  updateQualification: qualification.update,
  deleteQualification: qualification.delete,

  listSupporters: supporter.list,
  addSupporter: supporter.add,
  updateSupporter: supporter.update,
  deleteSupporter: supporter.delete,

  listGoals: goal.list,
  addGoal: goal.add,
  updateGoal: goal.update,
  deleteGoal: goal.delete,
} satisfies Record<string, MethodSchema>;
