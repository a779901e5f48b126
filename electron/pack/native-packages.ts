import type sharpDefault from 'sharp';
import type * as CanvasPackage from '@napi-rs/canvas';

/**
 * The native packages, loaded on first use only. Bundles keep them external (scripts/run-time-packages.mjs),
 * and a static import of an external is hoisted to the bundle's top, so importing them here lazily
 * keeps the main process and the CLI from loading image and canvas libraries they may never use.
 */
type Sharp = typeof sharpDefault;
type Canvas = typeof CanvasPackage;

let sharp: Promise<Sharp> | undefined;
let canvas: Promise<Canvas> | undefined;

export const loadSharp = (): Promise<Sharp> => (sharp ??= import('sharp').then((m) => m.default as Sharp));
export const loadCanvas = (): Promise<Canvas> => (canvas ??= import('@napi-rs/canvas'));
