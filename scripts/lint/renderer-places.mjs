// ESLint rule: inside renderer/, a screen imports only its own folder and the shared places
// (components, api, format, styles); shared places never import a screen or the app shell. Screens reach
// each other through routes (renderer/app), never through each other's files. The import is
// resolved against the file's path, so neither depth nor spelling can slip past.
import path from 'node:path';

export const SHARED_PLACES = ['components', 'api', 'format', 'styles'];

/** Where a path inside renderer/ belongs: "screens/<feature>", "app", "components", ... ("root" for main.tsx); null outside. */
export function placeOf(rendererRelative) {
  const parts = rendererRelative.split(/[\\/]/);
  if (parts[0] === '..') return null;
  if (parts.length < 2) return 'root';
  if (parts[0] === 'screens') return parts.length > 2 ? `screens/${parts[1]}` : 'screens';
  return parts[0];
}

/** Why `from` may not import `to`, or null when it may. */
export function refusal(from, to) {
  if (to === null || to === from) return null;
  if (from.startsWith('screens/')) {
    if (SHARED_PLACES.includes(to)) return null;
    if (to === 'app') return 'renderer/app composes the screens; a screen never imports it';
    return `a screen imports only its own folder, renderer/${SHARED_PLACES.join(', renderer/')} and core/: move what ${to} and ${from} share into renderer/components or renderer/format`;
  }
  if (SHARED_PLACES.includes(from) && (to === 'app' || to.startsWith('screens'))) return `renderer/${from} is shared by the screens, so it never imports renderer/${to}`;
  return null;
}

export const rendererPlaces = {
  meta: {
    type: 'problem',
    docs: { description: 'Screens import their own folder and the shared places only' },
    schema: [],
    messages: { refused: "renderer/{{from}} may not import '{{specifier}}' (renderer/{{to}}): {{why}}." },
  },
  create(context) {
    const renderer = path.join(context.cwd, 'renderer');
    const file = path.relative(renderer, context.filename);
    const from = placeOf(file);
    if (from === null) return {};
    const check = (node) => {
      const specifier = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null;
      if (specifier === null || !specifier.startsWith('.')) return;
      const to = placeOf(path.relative(renderer, path.resolve(path.dirname(context.filename), specifier)));
      const why = refusal(from, to);
      if (why) context.report({ node, messageId: 'refused', data: { from, specifier, to, why } });
    };
    const fromSource = (node) => node.source && check(node.source);
    return { ImportDeclaration: fromSource, ExportNamedDeclaration: fromSource, ExportAllDeclaration: fromSource, ImportExpression: (node) => check(node.source) };
  },
};
