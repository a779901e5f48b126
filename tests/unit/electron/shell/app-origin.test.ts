import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../../electron/shell/app-origin';

describe('the app origin', () => {
  it('is app://techfolio, with the renderer at /index.html', () => {
    expect(APP_ORIGIN).toBe('app://techfolio');
    expect(APP_ENTRY_URL).toBe('app://techfolio/index.html');
  });

  it.each(['app://techfolio/index.html', 'app://techfolio/', 'app://techfolio/assets/app.js?x=1#top'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://techfolio/index.html', // right host, wrong scheme
    'app://evil/index.html',
    'app://techfolio.evil.example/',
    'app://techfolio:8080/', // a port makes it another origin
    'app://user:pass@techfolio/', // credentials could disguise the host
    'file:///index.html',
    'app:techfolio/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
