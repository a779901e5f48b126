// fast-check arbitraries derived from the contract's zod schemas: values shaped like what each
// call expects (so most of them reach the implementation), with small mutations at every level
// (a wrong type, a missing field, null) so the edges of validation are walked too.
import fc from 'fast-check';
import type { z } from 'zod';

interface ZodNode {
  _zod: { def: ZodDef };
}
interface ZodDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  shape?: Record<string, ZodNode>;
  items?: ZodNode[];
  rest?: ZodNode | null;
  element?: ZodNode;
  options?: ZodNode[];
  innerType?: ZodNode;
  in?: ZodNode;
  out?: ZodNode;
  left?: ZodNode;
  right?: ZodNode;
  keyType?: ZodNode;
  valueType?: ZodNode;
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => ZodNode;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

/** Realistic strings to draw from: ids that exist, framework ids and codes, dates, file contents. */
export interface StringPool {
  values: readonly string[];
}

const nodeOf = (schema: unknown) => schema as ZodNode;
const checksOf = (def: ZodDef) => (def.checks ?? []).map((c) => c._zod.def);

/** Values no schema expects anywhere: the mutation drawn instead of a well-shaped value. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant({}),
  fc.constant([]),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  // An own "__proto__" key, as JSON.parse makes it from a request body.
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.constant('__proto__'),
);

const mutated = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 30, arbitrary }, { weight: 1, arbitrary: junk });

function stringArbitrary(def: ZodDef, pool: StringPool): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const patterns = checks.flatMap((c) => (c.format === 'regex' && c.pattern ? [c.pattern] : []));
  const maxLength = checks.find((c) => c.check === 'max_length')?.maximum;
  const format = def.format ?? checks.find((c) => c.check === 'string_format' && c.format !== 'regex')?.format;
  const fitting = pool.values.filter((s) => patterns.every((p) => p.test(s)) && (maxLength === undefined || s.length <= maxLength));
  const choices: fc.Arbitrary<string>[] = [fc.string({ maxLength: Math.min(maxLength ?? 40, 40) }), fc.constantFrom(...pool.values)];
  if (fitting.length > 0) choices.push(fc.constantFrom(...fitting), fc.constantFrom(...fitting), fc.constantFrom(...fitting));
  for (const pattern of patterns) choices.push(fc.stringMatching(pattern, { size: 'small' }));
  if (format === 'url') choices.push(fc.constantFrom('https://example.org/certificate', 'http://127.0.0.1/x', 'javascript:alert(1)', 'file:///etc/passwd', 'https://ex ample.org'));
  if (format === 'datetime') {
    choices.push(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()));
  }
  return fc.oneof(...choices);
}

function numberArbitrary(def: ZodDef): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
  const min = checks.find((c) => c.check === 'greater_than')?.value ?? -1000;
  const max = checks.find((c) => c.check === 'less_than')?.value ?? 1_000_000;
  const inRange = integer
    ? fc.integer({ min: Math.max(Math.ceil(min), -1e9), max: Math.min(Math.floor(max), 1e9) })
    : fc.double({ min: Math.max(min, -1e9), max: Math.min(max, 1e9), noNaN: true });
  return fc.oneof({ weight: 6, arbitrary: inRange }, fc.constantFrom(0, 1, 1.5, -1, 24, 1e12, Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY, Number.NaN));
}

/** An arbitrary for values of `schema`: mostly well-shaped, sometimes mutated. */
export function arbitraryFor(schema: z.ZodType | ZodNode, pool: StringPool, depth = 0): fc.Arbitrary<unknown> {
  const def = nodeOf(schema)._zod.def;
  const inner = (s: ZodNode | undefined | null) => (s ? arbitraryFor(s, pool, depth + 1) : fc.constant(undefined));
  if (depth > 12) return junk;
  switch (def.type) {
    case 'string':
      return mutated(stringArbitrary(def, pool));
    case 'number':
      return mutated(numberArbitrary(def));
    case 'boolean':
      return mutated(fc.boolean());
    case 'enum':
      return mutated(fc.constantFrom(...Object.values(def.entries ?? {})));
    case 'literal':
      return mutated(fc.constantFrom(...(def.values ?? [])));
    case 'null':
      return fc.constant(null);
    case 'optional':
      // Left out more often than not, so large objects still reach the implementation.
      return fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: inner(def.innerType) });
    case 'nullable':
      return fc.oneof(fc.constant(null), inner(def.innerType));
    case 'default':
    case 'prefault':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: inner(def.innerType) });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner(def.getter?.());
    case 'array':
      return mutated(fc.array(inner(def.element), { maxLength: 3 }));
    case 'tuple': {
      const items = (def.items ?? []).map((item) => inner(item));
      return fc.tuple(...items).map((values) => {
        // Trailing undefined optional arguments are left off, as a caller would.
        const out = [...values];
        while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
        return out;
      });
    }
    case 'object': {
      const shape = def.shape ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(shape)) record[key] = inner(value);
      return mutated(
        fc.record(record).map((value) => {
          const out: Record<string, unknown> = {};
          for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
          return out;
        }),
      );
    }
    case 'record':
      return mutated(fc.dictionary(stringArbitrary(nodeOf(def.keyType)._zod.def, pool), inner(def.valueType), { maxKeys: 3 }));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)));
    case 'intersection':
      return fc.tuple(inner(def.left), inner(def.right)).map(([a, b]) =>
        a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b) ? { ...a, ...b } : a,
      );
    default:
      return junk;
  }
}
