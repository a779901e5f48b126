// Types of pdfjs-pages.mjs (plain JavaScript, so Node runs it as a child process without a compiler).
import type { ReadPdf } from './pdf-reader';

export function readDocument(file: string): Promise<ReadPdf>;
export function renderPages(file: string, options: { dpi: number; first: number; last: number; stem: string; single?: boolean }): Promise<void>;
