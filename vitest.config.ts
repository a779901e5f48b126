import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const shared = {
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

export default defineConfig({
  test: {
    // Nothing in the suite may try to fetch the Electron binary.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
    projects: [
      {
        ...shared,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000, setupFiles: ['tests/setup/network-guard.ts', 'tests/setup/pdf-tools-guard.ts'] },
      },
      {
        ...shared,
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup/network-guard.ts', 'tests/setup/pdf-tools-guard.ts', 'tests/component/setup.ts'],
        },
      },
      {
        ...shared,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['tests/setup/network-guard.ts', 'tests/setup/pdf-tools-guard.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
