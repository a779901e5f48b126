import path from 'node:path';
import ts from 'typescript';

/**
 * Each source file's imports (static, type-only and dynamic), resolved the way the compiler resolves
 * them, keeping only files in the same set. TypeScript's own resolver follows tsconfig's Bundler
 * resolution, .tsx and index files exactly, so the graph is the one the compiler sees.
 */
export function importGraph(files: readonly string[], options: ts.CompilerOptions): Map<string, string[]> {
  const known = new Set(files.map((file) => path.resolve(file)));
  const graph = new Map<string, string[]>();
  for (const file of known) {
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
    const targets = importedFiles
      .map((imported) => ts.resolveModuleName(imported.fileName, file, options, ts.sys).resolvedModule)
      .filter((resolved) => resolved !== undefined && !resolved.isExternalLibraryImport)
      .map((resolved) => path.resolve(resolved!.resolvedFileName))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The import cycles: strongly connected groups of files (Tarjan), each listed from its first file in order. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/** The compiler options and source files of a tsconfig, under the given folders. */
export function projectFiles(tsconfig: string, folders: readonly string[]): { options: ts.CompilerOptions; files: string[] } {
  const { config } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(path.resolve(tsconfig)));
  const roots = folders.map((folder) => path.resolve(folder) + path.sep);
  const files = parsed.fileNames.map((file) => path.resolve(file)).filter((file) => !file.endsWith('.d.ts') && roots.some((root) => file.startsWith(root)));
  return { options: parsed.options, files };
}
