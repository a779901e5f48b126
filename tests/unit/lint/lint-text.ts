import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages the given rules report for `code` linted as if it were the file at `filePath`. */
export async function ruleMessages(code: string, filePath: string, ruleIds: readonly string[]): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && ruleIds.includes(m.ruleId)).map((m) => m.message);
}
