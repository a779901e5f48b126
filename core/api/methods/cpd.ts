import { z } from 'zod';
import { CpdRecord, CpdRecordInput } from '../../model/cpd-record';
import type { MethodSchema } from './method-schema';

export const cpdMethods = {
  listCpd: { args: z.tuple([]), result: z.array(CpdRecord) },
  addCpd: { args: z.tuple([CpdRecordInput]), result: CpdRecord },
} satisfies Record<string, MethodSchema>;
