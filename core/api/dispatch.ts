import { z } from 'zod';
import { apiSchema, isApiMethod, type ApiMethod, type ApiResult, type TechfolioApiImpl } from './contract';
import { ApiError, type ApiErrorBody, type Envelope } from './errors';
import { systemErrorMessage } from './system-errors';

function issuesOf(error: z.ZodError): NonNullable<ApiErrorBody['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function validationMessage(issues: NonNullable<ApiErrorBody['issues']>): string {
  const first = issues[0];
  if (!first) return 'The request did not fit what the app expects.';
  return first.path ? `${first.path}: ${first.message}` : first.message;
}

/**
 * The one gate every call passes through, whichever transport brought it: the method must be
 * in the contract, the arguments must parse, and whatever happens the caller gets an envelope.
 */
export async function dispatch(
  impl: TechfolioApiImpl,
  method: unknown,
  rawArgs: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `There is no call named ${String(method).slice(0, 80)}.` } };
  }
  const parsed = apiSchema[method].args.safeParse(Array.isArray(rawArgs) ? rawArgs : []);
  if (!Array.isArray(rawArgs) || !parsed.success) {
    const issues = parsed.success ? [] : issuesOf(parsed.error);
    return { ok: false, error: { code: 'validation', message: validationMessage(issues), issues } };
  }
  try {
    const fn = impl[method] as (...args: unknown[]) => Promise<ApiResult<ApiMethod>>;
    const value = await fn(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    if (error instanceof z.ZodError) {
      const issues = issuesOf(error);
      return { ok: false, error: { code: 'validation', message: validationMessage(issues), issues } };
    }
    // A full disk or a read-only folder is not a bug: say what happened and what to do.
    const system = systemErrorMessage(error);
    if (system) return { ok: false, error: { code: 'refused', message: system } };
    onInternalError(error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Techfolio. Nothing you saved has been lost; please try again.' },
    };
  }
}
