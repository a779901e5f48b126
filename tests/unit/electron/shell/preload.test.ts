import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiMethods, ipcChannel } from '../../../../core/api/contract';

// The preload's Electron, faked: what it exposes and what it sends is recorded.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
    send: vi.fn(),
    on: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

/** The preload's code without its comments, which may mention what the code must not do. */
const preloadCode = async () =>
  (await readFile(new URL('../../../../electron/preload.ts', import.meta.url), 'utf8'))
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('the preload', () => {
  let exposed: Record<string, unknown>;

  beforeAll(async () => {
    await import('../../../../electron/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('techfolio');
    exposed = value;
  });

  it('exposes exactly one function per API method, and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...apiMethods].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it('never hands over ipcRenderer or any of its functions', () => {
    const leaked = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const value of Object.values(exposed)) expect(leaked.has(value)).toBe(false);
  });

  it.each(apiMethods)('%s invokes its own channel with the arguments and returns the envelope', async (method) => {
    electron.ipcRenderer.invoke.mockClear();
    const call = exposed[method] as (...args: unknown[]) => Promise<unknown>;
    // The preload forwards; the main process validates. So any arguments show the forwarding.
    const args = ['first', { second: 2 }];
    expect(await call(...args)).toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannel(method), ...args);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('in its source, calls exposeInMainWorld once, for techfolio, and never passes ipcRenderer', async () => {
    const source = await preloadCode();
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).toMatch(/exposeInMainWorld\('techfolio',/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    // Only invoke: no fire-and-forget send, no listeners that would hand the page an event object.
    expect(source.match(/ipcRenderer\.\w+/g)).toEqual(['ipcRenderer.invoke']);
  });
});
