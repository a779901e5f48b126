import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ProcessRun {
  ms: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory in bytes, when GNU time was there to measure it. */
  peakRssBytes: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion and times it from spawn to exit. With `measureMemory`, runs it
 * under GNU time, which reports the child's peak resident set size (ru_maxrss) on stderr's
 * last line; that line is taken off stderr.
 */
export function runProcess(command: string, args: readonly string[], options: { measureMemory?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  const timed = options.measureMemory === true && existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-f', 'maxrss-kb=%M', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let peakRssBytes: number | undefined;
      if (timed) {
        const match = /maxrss-kb=(\d+)\s*$/.exec(stderr);
        if (match?.[1]) {
          peakRssBytes = Number(match[1]) * 1024;
          stderr = stderr.slice(0, match.index);
        }
      }
      if (code !== 0) reject(new Error(`${command} ${args.join(' ').slice(0, 200)} exited with code ${code}:\n${stderr.slice(-2000)}`));
      else resolve({ ms, stdout, stderr, peakRssBytes });
    });
  });
}
