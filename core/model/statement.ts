import { z } from 'zod';
import { Timestamp } from './dates';

/** The longest statement kept, in characters; the editor states it and stops short of it. */
export const STATEMENT_MAX_CHARS = 100_000;

export const StatementVersion = z.object({ text: z.string().max(STATEMENT_MAX_CHARS), savedAt: Timestamp });

/** The technician's competence statement for one criterion; earlier versions are kept for restore. */
export const CompetenceStatement = z.object({
  frameworkId: z.string().min(1).max(100),
  code: z.string().min(1).max(40),
  text: z.string().max(STATEMENT_MAX_CHARS),
  updatedAt: Timestamp,
  versions: z.array(StatementVersion).max(200).default([]),
  /** Set when the text was carried over from a lower register's statements, as a draft to rework. */
  carriedOver: z
    .object({
      frameworkId: z.string().min(1).max(100),
      codes: z.array(z.string().min(1).max(40)).max(100),
      at: Timestamp,
    })
    .optional(),
});
export type CompetenceStatement = z.infer<typeof CompetenceStatement>;
