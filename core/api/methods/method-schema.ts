import type { z } from 'zod';
import { PORTFOLIO_LIST_NAMES, type PortfolioListName } from '../../model/portfolio';

/**
 * A part of what the backend keeps: one of the portfolio's lists, the profile, or something kept
 * beside the portfolio (evidence file bytes, backups, made files, pack jobs). Reads say which
 * parts they depend on and writes which parts they change, so the UI refreshes exactly the
 * answers a change can have moved (renderer/api/refresh.ts) and no screen decides it by hand.
 */
export type PortfolioPart = PortfolioListName | 'profile' | 'files' | 'backups' | 'exports' | 'jobs';

export const PORTFOLIO_PARTS: readonly PortfolioPart[] = [...PORTFOLIO_LIST_NAMES, 'profile', 'files', 'backups', 'exports', 'jobs'];

type Schemas = { args: z.ZodTuple; result: z.ZodType };

/** A call that changes nothing: `reads` names every part its answer depends on. */
export type ReadSchema = Schemas & { reads: readonly PortfolioPart[]; changes?: never; answers?: never };

/**
 * A call that changes something: `changes` names every part it may change. When its result is
 * the new answer to a read (saving a statement answers getStatement for the same framework and
 * criterion), `answers` says so: that answer is put in place, not fetched again, so an editor
 * showing it is never reloaded under the user's fingers.
 */
export type WriteSchema = Schemas & { changes: readonly PortfolioPart[]; reads?: never; answers?: { read: string; leadingArgs: number } };

/** One call of the contract: the zod schemas of its argument list and result, and what it reads or changes. */
export type MethodSchema = ReadSchema | WriteSchema;
