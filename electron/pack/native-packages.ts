import type sharpDefault from 'sharp';
import type * as CanvasPackage from '@napi-rs/canvas';
import type * as TesseractPackage from 'tesseract.js';

/**
 * The native packages, loaded on first use only. Bundles keep them external (scripts/run-time-packages.mjs),
 * and a static import of an external is hoisted to the bundle's top, so importing them here lazily
 * keeps the main process and the CLI from loading image and canvas libraries they may never use.
 */
type Sharp = typeof sharpDefault;
type Canvas = typeof CanvasPackage;
type Tesseract = typeof TesseractPackage;

let sharp: Promise<Sharp> | undefined;
let canvas: Promise<Canvas> | undefined;
let tesseract: Promise<Tesseract> | undefined;

export const loadSharp = (): Promise<Sharp> => (sharp ??= import('sharp').then((m) => m.default as Sharp));
export const loadCanvas = (): Promise<Canvas> => (canvas ??= import('@napi-rs/canvas'));
/** tesseract.js (OCR of scanned certificates); it starts its own worker thread from its package's files. */
export const loadTesseract = (): Promise<Tesseract> => (tesseract ??= import('tesseract.js').then((m) => m));
