import { describe, expect, it, vi } from 'vitest';
import { ensureSingleInstance, focusWindow, type SingleInstanceApp } from '../../../../electron/shell/single-instance';

function fakeApp(lock: boolean) {
  const listeners = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    on: vi.fn((event: 'second-instance', listener: () => void) => listeners.set(event, listener)),
  } satisfies SingleInstanceApp;
  return { app, listeners };
}

describe('ensureSingleInstance', () => {
  it('quits and reports false when another instance holds the lock', () => {
    const { app, listeners } = fakeApp(false);
    const onSecondInstance = vi.fn();
    expect(ensureSingleInstance(app, onSecondInstance)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it('carries on with the lock, and hands a second launch to the callback', () => {
    const { app, listeners } = fakeApp(true);
    const onSecondInstance = vi.fn();
    expect(ensureSingleInstance(app, onSecondInstance)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(onSecondInstance).not.toHaveBeenCalled();
    listeners.get('second-instance')?.();
    expect(onSecondInstance).toHaveBeenCalledTimes(1);
  });
});

describe('focusWindow', () => {
  const fakeWindow = (minimized: boolean) => ({
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  });

  it('restores a minimised window before focusing it', () => {
    const window = fakeWindow(true);
    focusWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.restore.mock.invocationCallOrder[0]).toBeLessThan(window.focus.mock.invocationCallOrder[0]!);
  });

  it('focuses a visible window without restoring it', () => {
    const window = fakeWindow(false);
    focusWindow(window);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
