import type { BuildOptions } from 'esbuild';

export declare const esmRequireBanner: string;
export declare function commonOptions(root: string, version: string): BuildOptions;
export declare function cliOptions(root: string, version: string): BuildOptions;
export declare function packWorkerOptions(root: string, version: string): BuildOptions;
