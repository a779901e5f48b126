import type { MethodSchema } from './methods/method-schema';

type MethodTable = Record<string, MethodSchema>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Joined<T extends Record<string, MethodTable>> = UnionToIntersection<T[keyof T]> extends infer I ? { [K in keyof I]: I[K] } : never;

/**
 * The method tables joined into one. A name declared in two tables would let the later one
 * silently replace the earlier (object spread), so it is an error when the contract loads.
 */
export function joinMethodTables<T extends Record<string, MethodTable>>(tables: T): Joined<T> {
  const joined: MethodTable = {};
  const declaredIn = new Map<string, string>();
  for (const [tableName, table] of Object.entries(tables)) {
    for (const [method, schema] of Object.entries(table)) {
      const earlier = declaredIn.get(method);
      if (earlier !== undefined) throw new Error(`API method "${method}" is declared in both ${earlier} and ${tableName}`);
      declaredIn.set(method, tableName);
      joined[method] = schema;
    }
  }
  return joined as Joined<T>;
}
