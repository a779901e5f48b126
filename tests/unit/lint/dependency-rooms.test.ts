import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_BUILTINS, ROOMS, packageOf, readManifest } from '../../../scripts/lint/dependency-rooms.mjs';
import { ruleMessages } from './lint-text';

const roomErrors = (code: string, filePath: string) => ruleMessages(code, filePath, ['techfolio/dependency-rooms']);
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  dependencyRooms: Record<string, string>;
};

describe('core/ imports only runtime-neutral packages (npm run lint)', () => {
  it.each([
    ["import sharp from 'sharp';\nexport const a = sharp;\n"],
    ["import { readFile } from 'node:fs';\nexport const a = readFile;\n"],
    ["import { readFile } from 'fs';\nexport const a = readFile;\n"],
    ["import path from 'path';\nexport const a = path;\n"],
    ["import { useState } from 'react';\nexport const a = useState;\n"],
    ["import { Command } from 'commander';\nexport const a = Command;\n"],
    ["import type { Sharp } from 'sharp';\nexport type A = Sharp;\n"],
    ["export const a = () => import('node:crypto');\n"],
  ])('fails core/x.ts: %s', async (code) => {
    expect(await roomErrors(code, 'core/model/x.ts')).toHaveLength(1);
  });

  it.each([
    ["import { z } from 'zod';\nexport const a = z;\n"],
    ["import { format } from 'date-fns';\nexport const a = format;\n"],
    ["import { PDFDocument } from '@cantoo/pdf-lib';\nexport const a = PDFDocument;\n"],
    ["import fontkit from '@cantoo/fontkit';\nexport const a = fontkit;\n"],
    ["import { createEvents } from 'ics';\nexport const a = createEvents;\n"],
  ])('allows core/x.ts: %s', async (code) => {
    expect(await roomErrors(code, 'core/model/x.ts')).toEqual([]);
  });
});

describe('every package is used only in the rooms package.json gives it (npm run lint)', () => {
  it.each([
    ['renderer/screens/evidence/x.tsx', "import sharp from 'sharp';\nexport const a = sharp;\n"],
    ['renderer/screens/evidence/x.tsx', "import path from 'node:path';\nexport const a = path;\n"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/services/x.ts', "import { useForm } from 'react-hook-form';\nexport const a = useForm;\n"],
    ['electron/shell/x.ts', "import { Command } from 'commander';\nexport const a = Command;\n"],
    ['scripts/x.mjs', "import { render } from '@testing-library/react';\nexport const a = render;\n"],
    ['scripts/x.mjs', "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const a = require('react-dom');\n"],
  ])('fails %s importing a package outside its room', async (file, code) => {
    const errors = await roomErrors(code, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may not be used in/);
  });

  it.each(['core/model/x.ts', 'renderer/app/x.tsx', 'electron/services/x.ts', 'electron/main.ts', 'scripts/x.mjs', 'tests/unit/x.test.ts'])(
    'fails %s importing a package package.json does not list',
    async (file) => {
      const errors = await roomErrors("import leftPad from 'left-pad';\nexport const a = leftPad;\n", file);
      expect(errors).toEqual([expect.stringMatching(/'left-pad' is not in package.json/)]);
    },
  );

  it.each([
    ['electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/services/x.ts', "import sharp from 'sharp';\nexport const a = sharp;\n"],
    ['electron/services/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
    ['renderer/app/x.tsx', "import { useQuery } from '@tanstack/react-query';\nexport const a = useQuery;\n"],
    ['scripts/x.mjs', "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const a = require('app-builder-lib/out/util/config/config');\n"],
    ['tests/unit/x.test.ts', "import type { BrowserWindow } from 'electron';\nexport type A = BrowserWindow;\n"],
  ])('allows %s importing a package in its room', async (file, code) => {
    expect(await roomErrors(code, file)).toEqual([]);
  });
});

describe('the dependency rooms table (package.json "dependencyRooms")', () => {
  const declared = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)].sort();
  const rows = Object.keys(manifest.dependencyRooms);

  it('has one row for every listed package, and a row for Node built-ins', () => {
    expect(rows.filter((pkg) => pkg !== NODE_BUILTINS).sort()).toEqual(declared);
    expect(rows).toContain(NODE_BUILTINS);
  });

  it('names only known rooms, each row at least one', () => {
    for (const [pkg, rooms] of Object.entries(readManifest().rooms)) {
      expect(rooms.length, pkg).toBeGreaterThan(0);
      for (const room of rooms) expect(Object.keys(ROOMS), `${pkg}: ${room}`).toContain(room);
    }
  });

  it('keeps Node built-ins out of core/ and the renderer', () => {
    expect(readManifest().rooms[NODE_BUILTINS]).not.toContain('core');
    expect(readManifest().rooms[NODE_BUILTINS]).not.toContain('renderer');
  });

  it('names the package of a specifier: scoped, deep, with a query, built-in, or none for a path', () => {
    expect(packageOf('@cantoo/pdf-lib')).toBe('@cantoo/pdf-lib');
    expect(packageOf('pdfjs-dist/build/pdf.worker.min.mjs?url')).toBe('pdfjs-dist');
    expect(packageOf('fs/promises')).toBe(NODE_BUILTINS);
    expect(packageOf('node:test')).toBe(NODE_BUILTINS);
    expect(packageOf('../core/model/cpd-record')).toBeNull();
    expect(packageOf('data:text/javascript,')).toBeNull();
  });
});
