import { apiMethods, apiSchema, type ApiMethod } from './contract';
import type { MethodSchema, PortfolioPart } from './methods/method-schema';

const schemaOf = (method: ApiMethod): MethodSchema => apiSchema[method];

/** A read answers a question; a write changes something (its declaration says `changes`). */
export const isWriteMethod = (method: ApiMethod): boolean => schemaOf(method).changes !== undefined;

/** The parts a read depends on; a write reads nothing that a refresh needs to know about. */
export const readsOf = (method: ApiMethod): readonly PortfolioPart[] => schemaOf(method).reads ?? [];

/** The parts a write may change; nothing for a read. */
export const changesOf = (method: ApiMethod): readonly PortfolioPart[] => schemaOf(method).changes ?? [];

/** Whether an answer of `read` can have moved after `write` succeeded. */
export function writeAffectsRead(write: ApiMethod, read: ApiMethod): boolean {
  const changed = new Set(changesOf(write));
  return readsOf(read).some((part) => changed.has(part));
}

/** Every read whose answers `write` can move. */
export const readsAffectedBy = (write: ApiMethod): ApiMethod[] => apiMethods.filter((read) => !isWriteMethod(read) && writeAffectsRead(write, read));

/**
 * The read a write's result is the new answer to, and that read's arguments: the write's first
 * `leadingArgs` arguments. Undefined when the write declares none.
 */
export function answeredRead(write: ApiMethod, args: readonly unknown[]): { method: ApiMethod; args: unknown[] } | undefined {
  const answers = schemaOf(write).answers;
  if (!answers) return undefined;
  return { method: answers.read as ApiMethod, args: args.slice(0, answers.leadingArgs) };
}
