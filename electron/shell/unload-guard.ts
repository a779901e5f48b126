import type { BrowserWindow, Dialog, WebContents } from 'electron';

/**
 * The UI asks before unsaved work is lost (beforeunload). Electron would otherwise cancel the close
 * silently, leaving a window that will not shut; instead the user chooses, and "Leave" closes.
 */
export function guardUnload(contents: Pick<WebContents, 'on'>, dialog: Pick<Dialog, 'showMessageBoxSync'>, window: () => BrowserWindow | null): void {
  contents.on('will-prevent-unload', (event) => {
    const parent = window();
    const options = {
      type: 'question' as const,
      title: 'Unsaved changes',
      message: 'You have changes that are not saved yet.',
      detail: 'A draft is kept and offered when you next open the form, but the form itself is not saved.',
      buttons: ['Stay', 'Leave'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    };
    const choice = parent ? dialog.showMessageBoxSync(parent, options) : dialog.showMessageBoxSync(options);
    // preventDefault on this event overrides the page's beforeunload, so the window closes.
    if (choice === 1) event.preventDefault();
  });
}
