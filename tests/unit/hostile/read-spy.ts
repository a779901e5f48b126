// Watches one file while a call runs: was it opened or read, and how many of its bytes were read?
// The fs functions are wrapped in place and re-exported to ES module importers with
// syncBuiltinESMExports (Node's own mechanism for this), then restored.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

export interface ReadReport {
  /** Every way the file was opened or read (open, createReadStream, readFile...). */
  opened: string[];
  /** Bytes read through handles opened on the file. */
  bytesRead: number;
}

type AnyFn = (...args: never[]) => unknown;

export async function watchReads<T>(file: string, run: () => Promise<T>): Promise<{ result: T | undefined; error: unknown; report: ReadReport }> {
  const target = path.resolve(file);
  const report: ReadReport = { opened: [], bytesRead: 0 };
  const isTarget = (p: unknown) => (typeof p === 'string' || p instanceof URL) && path.resolve(p instanceof URL ? p.pathname : p) === target;
  const fds = new Set<number>();
  const handles = new WeakSet<object>();
  const restore: (() => void)[] = [];

  const wrap = <O extends object, K extends keyof O>(owner: O, key: K, make: (original: O[K] & AnyFn) => O[K]) => {
    const original = owner[key] as O[K] & AnyFn;
    owner[key] = make(original);
    restore.push(() => (owner[key] = original));
  };

  wrap(fsp, 'open', (original) => (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await (original as unknown as typeof fsp.open)(...args);
    if (isTarget(args[0])) {
      report.opened.push('fs/promises.open');
      handles.add(handle);
    }
    return handle;
  }) as typeof fsp.open);
  wrap(fsp, 'readFile', (original) => ((...args: Parameters<typeof fsp.readFile>) => {
    if (isTarget(args[0])) report.opened.push('fs/promises.readFile');
    return (original as unknown as typeof fsp.readFile)(...args);
  }) as typeof fsp.readFile);
  wrap(fs, 'createReadStream', (original) => ((...args: Parameters<typeof fs.createReadStream>) => {
    if (isTarget(args[0])) report.opened.push('fs.createReadStream');
    return (original as unknown as typeof fs.createReadStream)(...args);
  }) as typeof fs.createReadStream);
  wrap(fs, 'readFileSync', (original) => ((...args: Parameters<typeof fs.readFileSync>) => {
    if (isTarget(args[0])) report.opened.push('fs.readFileSync');
    return (original as unknown as typeof fs.readFileSync)(...args);
  }) as typeof fs.readFileSync);
  wrap(fs, 'openSync', (original) => ((...args: Parameters<typeof fs.openSync>) => {
    const fd = (original as unknown as typeof fs.openSync)(...args);
    if (isTarget(args[0])) {
      report.opened.push('fs.openSync');
      fds.add(fd);
    }
    return fd;
  }) as typeof fs.openSync);
  wrap(fs, 'open', (original) => ((...args: unknown[]) => {
    const callback = args[args.length - 1] as (error: unknown, fd?: number) => void;
    const rest = args.slice(0, -1);
    return (original as unknown as (...a: unknown[]) => void)(...rest, (error: unknown, fd?: number) => {
      if (!error && fd !== undefined && isTarget(args[0])) {
        report.opened.push('fs.open');
        fds.add(fd);
      }
      callback(error, fd);
    });
  }) as unknown as typeof fs.open);
  wrap(fs, 'read', (original) => ((...args: unknown[]) => {
    const fd = args[0] as number;
    const callback = args[args.length - 1] as (error: unknown, n?: number, buffer?: unknown) => void;
    if (typeof callback !== 'function') return (original as unknown as (...a: unknown[]) => void)(...args);
    return (original as unknown as (...a: unknown[]) => void)(...args.slice(0, -1), (error: unknown, n?: number, buffer?: unknown) => {
      if (fds.has(fd) && typeof n === 'number') report.bytesRead += n;
      callback(error, n, buffer);
    });
  }) as unknown as typeof fs.read);

  // FileHandle has no export of its own: its prototype comes from a handle.
  const probe = await fsp.open(process.execPath, 'r');
  const handleProto = Object.getPrototypeOf(probe) as Record<'read' | 'readFile', AnyFn>;
  await probe.close();
  wrap(handleProto, 'read', (original) => async function (this: object, ...args: never[]) {
    const result = (await original.apply(this, args)) as { bytesRead: number };
    if (handles.has(this)) report.bytesRead += result.bytesRead;
    return result;
  } as AnyFn);
  wrap(handleProto, 'readFile', (original) => async function (this: object, ...args: never[]) {
    const result = (await original.apply(this, args)) as { length: number };
    if (handles.has(this)) report.bytesRead += result.length;
    return result;
  } as AnyFn);

  syncBuiltinESMExports();
  try {
    const result = await run();
    return { result, error: undefined, report };
  } catch (error) {
    return { result: undefined, error, report };
  } finally {
    for (const undo of restore.reverse()) undo();
    syncBuiltinESMExports();
  }
}

/** A sparse file: the size is real to stat, but no disk space is used and nothing needs writing. */
export async function makeSparseFile(file: string, size: number, head: Uint8Array = new Uint8Array()): Promise<string> {
  const handle = await fsp.open(file, 'w');
  try {
    if (head.length > 0) await handle.write(head, 0, head.length, 0);
    await handle.truncate(size);
  } finally {
    await handle.close();
  }
  return file;
}
