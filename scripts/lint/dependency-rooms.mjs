// ESLint rule: every package a file imports must be listed in package.json and allowed in the
// file's room by the "dependencyRooms" table there: one row per package naming its rooms,
// space-separated (a string, so npm keeps it on one line); Node built-ins share the row "node:*".
// A room says where code runs, so core/ stays runtime-neutral.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

export const ROOMS = {
  core: 'core/ runs anywhere: only runtime-neutral packages, no Node built-ins',
  renderer: 'the renderer is a sandboxed page: no Node built-ins or Node-only packages',
  electron: "electron/ runs in Node; only the shell loads 'electron' (take Electron objects as arguments)",
  shell: 'the Electron shell: electron/main.ts, electron/preload.ts, electron/shell/',
  scripts: 'build and check tooling: scripts/ and the root config files',
  tests: 'tests/',
};

export const NODE_BUILTINS = 'node:*';

/** The package an import names, "node:*" for a Node built-in, or null for a file path or URL. */
export function packageOf(specifier) {
  const bare = specifier.split('?')[0];
  if (bare.startsWith('node:')) return NODE_BUILTINS;
  if (builtinModules.includes(bare) || builtinModules.includes(bare.split('/')[0])) return NODE_BUILTINS;
  if (bare.startsWith('.') || bare.startsWith('/') || /^[a-z]+:/i.test(bare)) return null;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function readManifest(url = new URL('../../package.json', import.meta.url)) {
  const manifest = JSON.parse(readFileSync(url, 'utf8'));
  return {
    declared: new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]),
    rooms: Object.fromEntries(Object.entries(manifest.dependencyRooms ?? {}).map(([pkg, rooms]) => [pkg, String(rooms).split(/\s+/).filter(Boolean)])),
  };
}

const stringArg = (node) => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null);

/** `require(x)`, `require.resolve(x)`, `createRequire(...).resolve(x)`. A bare `createRequire(other)(x)`
 *  is left alone: it loads through another package's require, reaching that package's dependencies. */
function requiredName(call) {
  const { callee } = call;
  if (callee.type === 'Identifier' && callee.name === 'require') return stringArg(call.arguments[0]);
  if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'resolve') return null;
  const { object } = callee;
  const ownRequire = (object.type === 'Identifier' && object.name === 'require') || (object.type === 'CallExpression' && object.callee.type === 'Identifier' && object.callee.name === 'createRequire');
  return ownRequire ? stringArg(call.arguments[0]) : null;
}

let manifest;

export const dependencyRooms = {
  meta: {
    type: 'problem',
    docs: { description: "Imports only packages listed in package.json and allowed in the file's room" },
    schema: [{ type: 'object', properties: { room: { enum: Object.keys(ROOMS) } }, required: ['room'], additionalProperties: false }],
    messages: {
      undeclared: "'{{pkg}}' is not in package.json: add it to devDependencies (dependencies only for a native package loaded at run time) and give it a row in \"dependencyRooms\".",
      noRow: "'{{pkg}}' has no row in package.json \"dependencyRooms\": say which rooms may use it.",
      notHere: "'{{pkg}}' may not be used in {{room}} ({{why}}). package.json \"dependencyRooms\" allows it in: {{allowed}}.",
    },
  },
  create(context) {
    manifest ??= readManifest();
    const { room } = context.options[0];
    const check = (node, specifier) => {
      if (specifier === null) return;
      const pkg = packageOf(specifier);
      if (pkg === null) return;
      const row = manifest.rooms[pkg];
      if (pkg !== NODE_BUILTINS && !manifest.declared.has(pkg)) context.report({ node, messageId: 'undeclared', data: { pkg } });
      else if (row === undefined) context.report({ node, messageId: 'noRow', data: { pkg } });
      else if (!row.includes(room)) context.report({ node, messageId: 'notHere', data: { pkg: specifier, room, why: ROOMS[room], allowed: row.join(', ') || 'nowhere' } });
    };
    const fromSource = (node) => node.source && check(node.source, stringArg(node.source));
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node.source, stringArg(node.source)),
      TSImportType: (node) => check(node.argument, stringArg(node.argument?.literal)),
      TSExternalModuleReference: (node) => check(node.expression, stringArg(node.expression)),
      CallExpression: (node) => check(node, requiredName(node)),
    };
  },
};
