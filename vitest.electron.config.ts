import { defineConfig } from 'vitest/config';

// The desktop app's own tests (tests/electron): `npm run test:electron`, through
// scripts/test-electron.mjs, which finds Electron first. Not part of `npm test`.
export default defineConfig({
  test: {
    name: 'electron',
    environment: 'node',
    include: ['tests/electron/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // One app at a time: each test starts and stops real Electron processes.
    fileParallelism: false,
  },
});
