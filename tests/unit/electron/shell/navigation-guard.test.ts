import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { guardNavigation, type GuardedContents } from '../../../../electron/shell/navigation-guard';

type OpenHandler = (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse;

/** A WebContents reduced to events and the window-open handler, as the guard sees it. */
class FakeContents extends EventEmitter implements GuardedContents {
  openHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  /** Emits like Electron: an event whose preventDefault the guard may call. */
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate' | 'will-attach-webview', url = ''): boolean {
    const preventDefault = vi.fn();
    this.emit(event, { url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

function guarded() {
  const contents = new FakeContents();
  const opener = vi.fn(async (_url: string) => {});
  guardNavigation(contents, opener);
  return { contents, opener };
}

describe('the navigation guard', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('lets %s stay on app://techfolio', (event) => {
    const { contents } = guarded();
    expect(contents.attempt(event, 'app://techfolio/index.html')).toBe(false);
    expect(contents.attempt(event, 'app://techfolio/other.html#section')).toBe(false);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('prevents %s to anywhere else', (event) => {
    const { contents, opener } = guarded();
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://techfolio.evil.example/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'chrome://settings',
    ]) {
      expect(contents.attempt(event, url), url).toBe(true);
    }
    // Navigation is stopped, not turned into an external open.
    expect(opener).not.toHaveBeenCalled();
  });

  it('prevents every <webview> from attaching', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands web links to the external opener', () => {
    const { contents, opener } = guarded();
    expect(contents.openHandler?.({ url: 'https://www.example.org/guidance?a=1' })).toEqual({ action: 'deny' });
    expect(opener).toHaveBeenCalledWith('https://www.example.org/guidance?a=1');
  });

  it.each(['file:///etc/passwd', 'smb://server/share', 'javascript:alert(1)', 'app://techfolio/index.html', 'ms-msdt:/id', 'not a url'])(
    'denies a window for %s and does not open it anywhere',
    (url) => {
      const { contents, opener } = guarded();
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
      expect(opener).not.toHaveBeenCalled();
    },
  );
});
