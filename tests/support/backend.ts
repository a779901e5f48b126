import { openBackend, type Backend, type BackendOptions } from '../../electron/backend';

/** The real backend over a folder, as browser mode and the CLI open it. */
export function openTestBackend(
  dataDir: string,
  transport: 'web' | 'cli' | 'desktop' = 'web',
  options: Pick<BackendOptions, 'now'> = {},
): Promise<Backend> {
  return openBackend({ dataDir, transport, version: '0.0.0-test', ...options });
}
