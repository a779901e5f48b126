import { describe, expect, it, vi, type Mock } from 'vitest';
import { apiMethods, ipcChannel, type ApiMethod, type TechfolioApiImpl } from '../../../../core/api/contract';
import {
  isTrustedFrame,
  registerIpcHandlers,
  type InvokeEvent,
  type IpcMainLike,
  type SenderFrame,
} from '../../../../electron/shell/ipc-handlers';

type Handler = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** ipcMain reduced to a Map of handlers; `invoke` calls one as Electron would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, senderFrame: SenderFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame }, ...args);
  }
}

type FakeImpl = Record<ApiMethod, Mock<(...args: unknown[]) => Promise<unknown>>>;

/** Every method of the contract, answering with its own name: whatever the contract grows to. */
function fakeImpl(): FakeImpl {
  return Object.fromEntries(apiMethods.map((method) => [method, vi.fn(async () => ({ answeredBy: method }))])) as FakeImpl;
}
// dispatch checks arguments, not results, so the fake's answers need not fit the result schemas.
const asImpl = (fake: FakeImpl) => fake as unknown as TechfolioApiImpl;
const calledMethods = (impl: FakeImpl) => apiMethods.filter((method) => impl[method].mock.calls.length > 0);

const topFrame = (url: string): SenderFrame => ({ url, parent: null });
const appFrame = topFrame('app://techfolio/index.html');

function setup(onInternalError = vi.fn()) {
  const ipcMain = new FakeIpcMain();
  const impl = fakeImpl();
  registerIpcHandlers(ipcMain, asImpl(impl), isTrustedFrame, onInternalError);
  return { ipcMain, impl, onInternalError };
}

const untrustedFrames: [string, SenderFrame | null][] = [
  ['no frame (navigated away or destroyed)', null],
  ['a foreign origin', topFrame('https://evil.example/index.html')],
  ['a look-alike host', topFrame('app://techfolio.evil.example/index.html')],
  ['another app:// host', topFrame('app://evil/index.html')],
  ['a file: page', topFrame('file:///home/user/index.html')],
  ['the loopback host', topFrame('http://127.0.0.1:5173/index.html')],
  ['an empty URL', topFrame('')],
  ['a subframe on the app origin', { url: 'app://techfolio/index.html', parent: appFrame }],
  ['a foreign subframe', { url: 'https://evil.example/', parent: appFrame }],
];

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per API method, on its channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(apiMethods.map(ipcChannel).sort());
  });

  it('answers a call from the app window through the implementation', async () => {
    const { ipcMain, impl } = setup();
    expect(await ipcMain.invoke(ipcChannel('getInfo'), appFrame)).toEqual({ ok: true, value: { answeredBy: 'getInfo' } });
    expect(await ipcMain.invoke(ipcChannel('listCpd'), appFrame)).toEqual({ ok: true, value: { answeredBy: 'listCpd' } });
    expect(calledMethods(impl)).toEqual(['getInfo', 'listCpd']);
  });

  it('passes arguments parsed by the contract', async () => {
    const { ipcMain, impl } = setup();
    const input = { title: '  Fire alarm systems course  ', startDate: '2026-03-02', hours: 6 };
    expect(await ipcMain.invoke(ipcChannel('addCpd'), appFrame, input)).toEqual({ ok: true, value: { answeredBy: 'addCpd' } });
    // The contract trims the title: the implementation saw the parsed value, not the raw one.
    expect(impl.addCpd).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Fire alarm systems course', startDate: '2026-03-02', hours: 6 }),
    );
  });

  it.each(untrustedFrames)('refuses a call from %s without touching the implementation', async (_name, frame) => {
    const { ipcMain, impl } = setup();
    for (const method of apiMethods) {
      const envelope = await ipcMain.invoke(ipcChannel(method), frame, { title: 'x', startDate: '2026-03-02', hours: 1 });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    }
    expect(calledMethods(impl)).toEqual([]);
  });

  it.each([
    ['no arguments', []],
    ['an empty object', [{}]],
    ['hours as text', [{ title: 'Course', startDate: '2026-03-02', hours: 'six' }]],
    ['a prototype-polluting object', [JSON.parse('{"__proto__": {"admin": true}, "title": "x"}')]],
  ])('answers a trusted call with %s with a validation envelope', async (_name, args) => {
    const { ipcMain, impl } = setup();
    const envelope = await ipcMain.invoke(ipcChannel('addCpd'), appFrame, ...args);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'validation', issues: expect.any(Array) } });
    expect(impl.addCpd).not.toHaveBeenCalled();
  });

  it('turns an unexpected failure into an internal envelope and reports it', async () => {
    const { ipcMain, impl, onInternalError } = setup();
    const failure = new Error('disk on fire');
    impl.listCpd.mockRejectedValueOnce(failure);
    expect(await ipcMain.invoke(ipcChannel('listCpd'), appFrame)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onInternalError).toHaveBeenCalledWith(failure);
  });

  it('uses the trust check it is given', async () => {
    const ipcMain = new FakeIpcMain();
    const impl = fakeImpl();
    const isTrusted = vi.fn(() => false);
    registerIpcHandlers(ipcMain, asImpl(impl), isTrusted);
    expect(await ipcMain.invoke(ipcChannel('getInfo'), appFrame)).toMatchObject({ error: { code: 'forbidden' } });
    expect(isTrusted).toHaveBeenCalledWith(appFrame);
    expect(impl.getInfo).not.toHaveBeenCalled();
  });
});

describe('isTrustedFrame', () => {
  it('trusts the top frame of the app page', () => {
    expect(isTrustedFrame(appFrame)).toBe(true);
    expect(isTrustedFrame(topFrame('app://techfolio/'))).toBe(true);
  });

  it.each(untrustedFrames)('does not trust %s', (_name, frame) => {
    expect(isTrustedFrame(frame)).toBe(false);
  });

  it('does not trust undefined, or a destroyed frame that throws on access', () => {
    expect(isTrustedFrame(undefined)).toBe(false);
    const destroyed: SenderFrame = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedFrame(destroyed)).toBe(false);
  });
});
