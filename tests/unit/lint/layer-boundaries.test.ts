import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layer rules (npm run lint)', () => {
  it.each([
    ['core/model/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['core/model/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
    ['core/model/x.ts', "import { openBackend } from '../../electron/backend';\nexport const a = openBackend;\n"],
    ['core/model/x.ts', "import { App } from '../../renderer/app/App';\nexport const a = App;\n"],
    ['renderer/app/x.tsx', "import { openBackend } from '../../electron/backend';\nexport const a = openBackend;\n"],
    ['renderer/app/x.tsx', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/web/x.ts', "import { App } from '../../renderer/app/App';\nexport const a = App;\n"],
  ])('fails %s importing across a boundary', async (file, code) => {
    expect(await restrictedImportErrors(code, file)).not.toEqual([]);
  });

  it.each([
    ['electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/shell/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/services/x.ts', "import { CpdRecord } from '../../core/model/cpd-record';\nexport const a = CpdRecord;\n"],
    ['renderer/app/x.tsx', "import { CpdRecord } from '../../core/model/cpd-record';\nexport const a = CpdRecord;\n"],
  ])('allows %s importing along the arrows', async (file, code) => {
    expect(await restrictedImportErrors(code, file)).toEqual([]);
  });
});
