import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface HostProcess {
  /** The address the host printed: its one-time launch code works for one page only. */
  launchUrl: string;
  url: string;
  /** The host's process id (the benchmark reads its memory). */
  pid: number | undefined;
  /**
   * An address any number of pages can open: the launch code traded once, here, for the token
   * (as the first page would), given in the address's token form. Use it instead of launchUrl in a
   * test that opens several browser contexts on one host, and not together with launchUrl.
   */
  sessionUrl(): Promise<string>;
  stop(): Promise<void>;
}

const hostBundle = path.resolve('dist/host.mjs');

/** Runs `node dist/host.mjs --no-open` as a real process, as `npm run start:web` does. */
export async function startHostProcess(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  if (!existsSync(hostBundle)) throw new Error('dist/host.mjs is missing: run "npm run build" first (npm test does).');
  const child: ChildProcess = spawn(process.execPath, [hostBundle, '--data-dir', dataDir, '--no-open', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TECHFOLIO_DATA_DIR: '' },
  });
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start in time. Output:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#launch=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with code ${code}. Output:\n${output}`));
    });
  });
  const url = launchUrl.split('#')[0]!;
  let session: Promise<string> | undefined;
  const exchange = async () => {
    const code = /#launch=(\S+)/.exec(launchUrl)![1]!;
    const response = await fetch(new URL('/launch', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    const envelope = (await response.json()) as { ok: boolean; value?: { token: string } };
    if (!envelope.ok || !envelope.value) throw new Error('The launch code was refused: open launchUrl in no page before asking for sessionUrl().');
    return `${url}#token=${envelope.value.token}`;
  };
  return {
    launchUrl,
    url,
    pid: child.pid,
    sessionUrl: () => (session ??= exchange()),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
