// Types of workflows.mjs, for the tests.
export function lintWorkflows(dir: string): Promise<{ files: string[]; findings: string[] }>;
