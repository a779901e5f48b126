import type { Rule } from 'eslint';

export type Room = 'core' | 'renderer' | 'electron' | 'shell' | 'scripts' | 'tests';
export declare const ROOMS: Record<Room, string>;
export declare const NODE_BUILTINS: 'node:*';
export declare function packageOf(specifier: string): string | null;
export declare function readManifest(url?: URL): { declared: Set<string>; rooms: Record<string, string[]> };
export declare const dependencyRooms: Rule.RuleModule;
