// electronegativity cannot see fuses or packaging choices, so the release config is checked here.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder's own YAML reader, so the file is read as the release build reads it.
const yaml = createRequire(require.resolve('app-builder-lib'))('js-yaml') as { load(text: string): unknown };

async function releaseConfig(): Promise<Record<string, unknown>> {
  return yaml.load(await readFile(new URL('../../../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('flips the fuses that close the ways around the app', async () => {
    expect((await releaseConfig()).electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the bundles into an asar, with assets beside it and nothing published', async () => {
    const config = await releaseConfig();
    expect(config).toMatchObject({ appId: 'uk.techfolio.app', productName: 'Techfolio', asar: true, publish: null });
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(config.extraResources).toEqual([{ from: 'assets', to: 'assets' }]);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/sharp/**/*', 'node_modules/@img/**/*']));
  });

  it('builds user-level installers with a hardened runtime on macOS', async () => {
    const config = await releaseConfig();
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('grants macOS only the JIT exceptions V8 needs', async () => {
    const plist = await readFile(new URL('../../../../build/entitlements.mac.plist', import.meta.url), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.cs.allow-unsigned-executable-memory']);
  });
});
