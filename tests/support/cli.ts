import { runCli } from '../../electron/cli/program';

/** Runs `techfolio ARGS` in-process and captures what it prints. */
export async function runTechfolio(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const captured = { out: '', err: '' };
  const code = await runCli(args, { out: (t) => (captured.out += t), err: (t) => (captured.err += t), env });
  return { code, ...captured };
}
