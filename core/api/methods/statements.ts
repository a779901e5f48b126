import { z } from 'zod';
import { Timestamp } from '../../model/dates';
import { CompetenceStatement } from '../../model/statement';
import type { MethodSchema } from './method-schema';

const FrameworkId = z.string().min(1).max(100);
const CriterionCode = z.string().min(1).max(40);

export const statementMethods = {
  listStatements: { args: z.tuple([FrameworkId.optional()]), result: z.array(CompetenceStatement), reads: ['statements'] },
  getStatement: { args: z.tuple([FrameworkId, CriterionCode]), result: CompetenceStatement.nullable(), reads: ['statements'] },
  saveStatement: {
    args: z.tuple([FrameworkId, CriterionCode, z.string().max(100_000)]),
    result: CompetenceStatement,
    changes: ['statements'],
    answers: { read: 'getStatement', leadingArgs: 2 },
  },
  restoreStatementVersion: {
    args: z.tuple([FrameworkId, CriterionCode, Timestamp]),
    result: CompetenceStatement,
    changes: ['statements'],
    answers: { read: 'getStatement', leadingArgs: 2 },
  },
} satisfies Record<string, MethodSchema>;
