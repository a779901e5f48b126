import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiMethods } from '../../../../core/api/contract';
import type { ApiServices } from '../../../../electron/api/services';

// Each domain of the API is a pair of files with matching names: the contract in
// core/api/methods/<domain>.ts and its implementation in electron/api/<domain>-impl.ts.
const methodsDir = fileURLToPath(new URL('../../../../core/api/methods/', import.meta.url));
const implDir = fileURLToPath(new URL('../../../../electron/api/', import.meta.url));

// The factories only keep their services (or parts of them) until a method is called, so a
// stand-in whose every property is another stand-in suffices to list the names.
const standIn = (): unknown => new Proxy(() => undefined, { get: () => standIn(), apply: () => standIn() });
const services = standIn() as ApiServices;

const domainOf = (file: string) => file.replace(/\.ts$/, '');

async function declaredIn(domain: string): Promise<string[]> {
  const module = (await import(`${methodsDir}${domain}.ts`)) as Record<string, unknown>;
  return Object.entries(module)
    .filter(([name, value]) => name.endsWith('Methods') && typeof value === 'object' && value !== null)
    .flatMap(([, table]) => Object.keys(table as object));
}

async function implementedIn(domain: string): Promise<string[]> {
  const module = (await import(`${implDir}${domain}-impl.ts`)) as Record<string, unknown>;
  return Object.entries(module)
    .filter(([name, value]) => /^create\w+Impl$/.test(name) && typeof value === 'function')
    .flatMap(([, create]) => Object.keys((create as (s: ApiServices) => object)(services)));
}

const contractFiles = readdirSync(methodsDir).filter((f) => f.endsWith('.ts'));
const implFiles = readdirSync(implDir).filter((f) => f.endsWith('-impl.ts'));

describe('the API by domain', () => {
  it.each(contractFiles.map(domainOf))('core/api/methods/%s.ts and its implementation name the same methods', async (domain) => {
    const declared = await declaredIn(domain);
    if (declared.length === 0) return; // schemas shared by the tables, no methods of its own
    expect(existsSync(`${implDir}${domain}-impl.ts`), `electron/api/${domain}-impl.ts`).toBe(true);
    expect((await implementedIn(domain)).sort()).toEqual(declared.sort());
  });

  it.each(implFiles.map((f) => f.replace(/-impl\.ts$/, '')))('electron/api/%s-impl.ts implements a domain of the contract', async (domain) => {
    expect(existsSync(`${methodsDir}${domain}.ts`), `core/api/methods/${domain}.ts`).toBe(true);
    expect(await declaredIn(domain)).not.toHaveLength(0);
  });

  it('the domains together are the whole contract, each method in one', async () => {
    const all = (await Promise.all(contractFiles.map((f) => declaredIn(domainOf(f))))).flat();
    expect(all.sort()).toEqual([...apiMethods].sort());
  });
});
