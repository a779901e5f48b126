import { describe, expect, it } from 'vitest';
import { ruleMessages } from './lint-text';

// Folder arrows are no-restricted-imports; which packages a folder may load is the rooms rule.
const boundaryErrors = (code: string, filePath: string) => ruleMessages(code, filePath, ['@typescript-eslint/no-restricted-imports', 'techfolio/dependency-rooms']);

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
    expect(await boundaryErrors(code, file)).not.toEqual([]);
  });

  it.each([
    ['electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/shell/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/services/x.ts', "import { CpdRecord } from '../../core/model/cpd-record';\nexport const a = CpdRecord;\n"],
    ['renderer/app/x.tsx', "import { CpdRecord } from '../../core/model/cpd-record';\nexport const a = CpdRecord;\n"],
  ])('allows %s importing along the arrows', async (file, code) => {
    expect(await boundaryErrors(code, file)).toEqual([]);
  });
});
