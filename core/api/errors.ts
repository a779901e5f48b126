import { z } from 'zod';

/**
 * Why a call failed, in words the user can act on. Codes let the UI and CLI choose how to react;
 * messages are shown as they are.
 */
export const ApiErrorCode = z.enum([
  'validation', // the arguments did not fit the contract
  'not-found',
  'refused', // a file or import the app will not take, with the reason
  'locked', // the portfolio is open in another process
  'unknown-method',
  'forbidden', // the caller is not the app's own window or lacks the token
  'internal',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiErrorBody = z.object({
  code: ApiErrorCode,
  message: z.string(),
  /** For validation errors: where in the arguments, and what is wrong there. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiErrorBody['issues'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues;
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** What crosses both transports: errors travel as data, because IPC and HTTP both drop Error classes. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
