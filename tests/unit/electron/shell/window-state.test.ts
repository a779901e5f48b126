import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { rememberWindowState, restorableWindowState, WINDOW_STATE_KEY, type WindowState } from '../../../../electron/shell/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitorOnRight = { x: 1366, y: 0, width: 1920, height: 1040 };
const place = { x: 1500, y: 60, width: 1100, height: 800, maximized: false };

describe('restorableWindowState', () => {
  it('gives back a place a connected display shows', () => {
    expect(restorableWindowState(place, [laptop, monitorOnRight])).toEqual(place);
  });

  it('ignores a place on a display that is gone, so the window never opens off-screen', () => {
    expect(restorableWindowState(place, [laptop])).toBeUndefined();
  });

  it('ignores a window whose title bar would sit above the top of every display', () => {
    expect(restorableWindowState({ ...place, x: 100, y: -700 }, [laptop])).toBeUndefined();
  });

  it('ignores a damaged or hand-edited file rather than failing to open', () => {
    for (const stored of [undefined, null, 'big', { ...place, width: 'wide' }, { ...place, width: 200 }, { ...place, x: Number.NaN }]) {
      expect(restorableWindowState(stored, [laptop, monitorOnRight])).toBeUndefined();
    }
  });
});

class FakeWindow extends EventEmitter {
  maximized = false;
  getNormalBounds = () => ({ x: 40, y: 30, width: 1024, height: 700 });
  isMaximized = () => this.maximized;
}

describe('rememberWindowState', () => {
  it('stores the unmaximised bounds and whether it was maximised when the window closes', () => {
    const saved = new Map<string, WindowState>();
    const window = new FakeWindow();
    rememberWindowState(window, { get: (key) => saved.get(key), set: (key, value) => saved.set(key, value) }, () => {});
    window.maximized = true;
    window.emit('close');
    expect(saved.get(WINDOW_STATE_KEY)).toEqual({ x: 40, y: 30, width: 1024, height: 700, maximized: true });
  });

  it('lets the window close when the place cannot be saved, and reports why', () => {
    const errors: unknown[] = [];
    const window = new FakeWindow();
    const refused = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    rememberWindowState(window, { get: () => undefined, set: () => { throw refused; } }, (error) => errors.push(error));
    expect(() => window.emit('close')).not.toThrow();
    expect(errors).toEqual([refused]);
  });
});
