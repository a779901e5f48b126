import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only with vitest globals, which this project does not use.
afterEach(() => cleanup());

// Lazy screens and react-aria's animated overlays settle in well under a second, but on a busy
// two-core machine a findBy can wait longer than the default second; what is awaited is the same.
configure({ asyncUtilTimeout: 4000 });
