import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsDir } from '../../../../electron/shell/assets-dir';

describe('assetsDir', () => {
  it('reads assets from the resources folder once packaged (electron-builder extraResources)', () => {
    expect(assetsDir({ isPackaged: true, resourcesPath: '/opt/Techfolio/resources', appRoot: '/src/techfolio' })).toBe(
      path.join('/opt/Techfolio/resources', 'assets'),
    );
  });

  it('reads assets from the checkout while developing', () => {
    expect(assetsDir({ isPackaged: false, resourcesPath: '/electron/resources', appRoot: '/src/techfolio' })).toBe(
      path.join('/src/techfolio', 'assets'),
    );
  });
});
