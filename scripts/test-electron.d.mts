// Types of test-electron.mjs, for the tests.
export function findElectron(env?: NodeJS.ProcessEnv): string | undefined;
