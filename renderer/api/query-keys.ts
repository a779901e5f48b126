import { isApiMethod, type apiSchema, type ApiArgs, type ApiMethod } from '../../core/api/contract';

/** Methods that only read: the only ones a screen may cache as a query. */
export type ReadMethod = { [M in ApiMethod]: (typeof apiSchema)[M] extends { reads: readonly unknown[] } ? M : never }[ApiMethod];

/**
 * The one way a cached answer is named: the method, then its arguments. Refreshing after a write
 * matches on the method's declared reads, so no screen ever names a key by hand.
 */
export const queryKeyOf = <M extends ReadMethod>(method: M, args: ApiArgs<M> | readonly unknown[]): readonly unknown[] => [method, ...sentArgs(args)];

/**
 * The arguments as sent: trailing absent ones are left out rather than sent as undefined, which
 * JSON carries as null and the contract refuses; the key then names the same call either way.
 */
export function sentArgs(args: readonly unknown[]): unknown[] {
  const sent = [...args];
  while (sent.length > 0 && sent[sent.length - 1] === undefined) sent.pop();
  return sent;
}

/** The method a cached answer came from, when its key was made by queryKeyOf. */
export function methodOfKey(key: readonly unknown[]): ApiMethod | undefined {
  const first = key[0];
  return isApiMethod(first) ? first : undefined;
}
