// Packages loaded at run time rather than bundled: Electron provides one, the others are native.
// The build, and the tests that bundle a backend for a child process, both leave these out.
export const RUN_TIME_PACKAGES = ['electron', 'sharp', '@napi-rs/canvas'];
