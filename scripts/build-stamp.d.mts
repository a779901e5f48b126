// Types of build-stamp.mjs, for the tests.
export const BUILD_SOURCES: string[];
export function writeStamp(root: string, withRenderer: boolean): void;
export function staleReason(root: string, options?: { withRenderer?: boolean; sources?: string[] }): string | undefined;
