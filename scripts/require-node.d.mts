// Types of require-node.mjs, for the tests.
export function olderThan(current: string, wanted: string): boolean;
