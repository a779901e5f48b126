import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardUnload } from '../../../../electron/shell/unload-guard';

function setUp(answer: number) {
  const contents = new EventEmitter();
  const dialog = { showMessageBoxSync: vi.fn(() => answer) };
  const window = { id: 7 };
  guardUnload(contents as never, dialog as never, () => window as never);
  const event = { preventDefault: vi.fn() };
  contents.emit('will-prevent-unload', event);
  return { dialog, event, window };
}

describe('closing a window with unsaved work', () => {
  it('asks the user, and closes when they choose Leave', () => {
    const { dialog, event, window } = setUp(1);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['Stay', 'Leave'], cancelId: 0 }));
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('keeps the window open when they choose Stay or dismiss the dialog', () => {
    expect(setUp(0).event.preventDefault).not.toHaveBeenCalled();
  });
});
