// Types of run-time-packages.mjs, for the tests.
export const RUN_TIME_PACKAGES: string[];
