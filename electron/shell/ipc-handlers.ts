import { apiMethods, ipcChannel, type TechfolioApiImpl } from '../../core/api/contract';
import { dispatch } from '../../core/api/dispatch';
import type { Envelope } from '../../core/api/errors';
import { isAppUrl } from './app-origin';

/** The parts of a WebFrameMain the trust check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The part of ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * A call is trusted only from the app's own top-level page: a frame that exists (it is null once
 * navigated away or destroyed), has no parent (no iframe, whatever its origin), and is on
 * app://techfolio.
 */
export function isTrustedFrame(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A destroyed frame throws on access: not a caller to answer.
    return false;
  }
}

export function forbiddenEnvelope(): Envelope<never> {
  return {
    ok: false,
    error: { code: 'forbidden', message: "This request did not come from Techfolio's own window, so it was refused." },
  };
}

/**
 * One `ipcMain.handle` per method in the contract. Every call checks its sender before anything
 * else, then goes through `dispatch`, which validates the method and its arguments with the
 * contract's schemas and always answers with an envelope.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  impl: TechfolioApiImpl,
  isTrusted: (frame: SenderFrame | null | undefined) => boolean = isTrustedFrame,
  onInternalError: (error: unknown) => void = (error) => console.error(error),
): void {
  for (const method of apiMethods) {
    ipcMain.handle(ipcChannel(method), async (event, ...args) => {
      if (!isTrusted(event.senderFrame)) return forbiddenEnvelope();
      return dispatch(impl, method, args, onInternalError);
    });
  }
}
