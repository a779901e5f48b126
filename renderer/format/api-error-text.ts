import { ApiError } from '../../core/api/errors';

/** An error's message plus, for a refused file, each problem with where it is ("areas[0].code: …"). */
export function apiErrorLines(error: unknown): { message: string; issues: string[] } {
  if (error instanceof ApiError) {
    const issues = (error.issues ?? []).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    // The message repeats the problems after its first line; the list shows them one by one.
    return { message: issues.length > 0 ? (error.message.split('\n')[0] ?? error.message) : error.message, issues };
  }
  return { message: error instanceof Error ? error.message : String(error), issues: [] };
}
