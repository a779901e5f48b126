import { z } from 'zod';
import { findJsonSyntaxProblem } from './json-syntax';
import { Framework } from './schema';

/** One reason a framework file was refused: where (a JSON path, or line and column) and why. */
export const FrameworkProblem = z.object({
  /** "$.areas[0].criteria[2].code"; "$" for the file as a whole. */
  path: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  message: z.string(),
});
export type FrameworkProblem = z.infer<typeof FrameworkProblem>;

export type FrameworkParse = { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

/** `$.areas[0].criteria[2].code`: the notation JSON tools and editors use. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, '$');
}

export function problemsOf(error: z.ZodError): FrameworkProblem[] {
  return error.issues.map((issue) => {
    // zod reports unknown keys on their parent object; name the key itself, which is what to fix.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = keys.length === 1 ? [...issue.path, keys[0]!] : issue.path;
    const message = issue.code === 'unrecognized_keys' ? `Unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the format description.` : issue.message;
    return { path: jsonPath(path), message };
  });
}

/** Reads a framework file's text: a JSON syntax error gives its line and column, a schema error its path. */
export function parseFrameworkText(text: string): FrameworkParse {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const found = findJsonSyntaxProblem(text);
    const message = found?.message ?? (error as Error).message;
    return { ok: false, problems: [{ path: '$', ...(found ? { line: found.line, column: found.column } : {}), message: `The file is not valid JSON. ${message}` }] };
  }
  return parseFrameworkData(data);
}

export function parseFrameworkData(data: unknown): FrameworkParse {
  const parsed = Framework.safeParse(data);
  return parsed.success ? { ok: true, framework: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}

/** Problems as lines a person can act on: "$.areas[0].code: Enter ..." or "line 4, column 7: ...". */
export function formatProblems(problems: readonly FrameworkProblem[]): string {
  return problems
    .map((p) => (p.line !== undefined ? `line ${p.line}, column ${p.column}: ${p.message}` : `${p.path}: ${p.message}`))
    .join('\n');
}
