// Packages loaded at run time rather than bundled: Electron provides one, sharp and the canvas are
// native, and tesseract.js starts a worker thread from its own files and reads its WebAssembly core
// and the English data (@tesseract.js-data/eng) as files.
// The build, and the tests that bundle a backend for a child process, both leave these out.
export const RUN_TIME_PACKAGES = ['electron', 'sharp', '@napi-rs/canvas', 'tesseract.js', '@tesseract.js-data/eng'];
