import type { Flow } from './flow';
import type { FontBytes } from './pack-document';
import type { SectionMark } from './pack-sections';
import type { EvidencePageRefs } from './page-refs';
import { parseSectionLayout, recordSection, replaySection, type SectionLayout } from './section-recording';

/**
 * Changes whenever the same inputs could be laid out differently: any change to how sections are
 * drawn (flow.ts, typesetter.ts, the section files) or recorded (section-recording.ts). The store
 * adds the app's version to every key as well.
 */
export const SECTION_LAYOUT_VERSION = 1;

/** Where laid-out sections are kept between packs: the worker keeps them in files (electron/pack/pack-section-cache.ts). */
export interface SectionLayoutStore {
  /** The text kept under this key, or undefined when there is none or it cannot be read. */
  read(key: string): Promise<string | undefined>;
  write(key: string, text: string): Promise<void>;
  /** Drops every entry but these: the ones the last pack used. */
  keepOnly(keys: ReadonlySet<string>): Promise<void>;
  /** A digest of the parts, in order: an entry's key. */
  digest(parts: readonly (string | Uint8Array)[]): string;
}

export interface SectionCacheCounts {
  hits: number;
  misses: number;
  /** The sections laid out afresh, by title, in pack order. */
  laidOut: string[];
}

/** Thrown for a value whose JSON would not say everything a section could read from it. */
class NotPlainData extends Error {}

/**
 * JSON for a section's inputs that fails rather than quietly dropping what it cannot say (a Map, a
 * Date, a function, NaN): two inputs with the same text must be the same data.
 */
export function plainJson(value: unknown): string {
  // The usual case, data read from JSON, checked by a walk and written by the fast path.
  if (plainWithoutUndefined(value)) return JSON.stringify(value);
  return JSON.stringify(value, function (this: unknown, key, v: unknown) {
    // The value before its toJSON ran: a Date arrives here already a string.
    const raw = key === '' ? value : (this as Record<string, unknown>)[key];
    if (raw !== v) throw new NotPlainData();
    if (v === undefined) return { $undefined: true };
    if (typeof v === 'number' && !Number.isFinite(v)) throw new NotPlainData();
    if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') throw new NotPlainData();
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new NotPlainData();
    }
    return v;
  });
}

/** True when JSON.stringify says all of the value: only strings, finite numbers, booleans, null, arrays and plain objects, nothing undefined. */
function plainWithoutUndefined(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!plainWithoutUndefined(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) if (!plainWithoutUndefined((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * Laid-out sections kept by a digest of everything their drawing reads: the section's inputs (the
 * caller passes exactly the data the drawing function is given), its title, the point on the page
 * where it starts, the paper, the fonts and the layout version. A section whose key was kept is
 * replayed instead of laid out; a kept entry that cannot be read or parsed is laid out and
 * written again. Page numbers are not in a layout: its pages count from where it starts, and
 * evidence page numbers are filled in after the appendix, as always.
 */
export class SectionCache {
  private readonly used = new Set<string>();
  private readonly writes: Promise<void>[] = [];
  private readonly fontPrint: string;
  readonly counts: SectionCacheCounts = { hits: 0, misses: 0, laidOut: [] };

  constructor(
    private readonly store: SectionLayoutStore,
    fonts: FontBytes,
    private readonly version: number = SECTION_LAYOUT_VERSION,
  ) {
    this.fontPrint = store.digest([fonts.regular, fonts.bold]);
  }

  /** Draws a section, or replays it from the cache when the same inputs were laid out at the same point before. */
  async section<T>(flow: Flow, refs: EvidencePageRefs, marks: SectionMark[], title: string, input: T, draw: (input: T) => void): Promise<void> {
    let material: string;
    try {
      material = plainJson(input);
    } catch (error) {
      if (!(error instanceof NotPlainData)) throw error;
      this.laidOut(title);
      draw(input);
      return;
    }
    const key = this.store.digest([String(this.version), this.fontPrint, `${flow.paper.width}x${flow.paper.height}`, String(flow.y), title, material]);
    this.used.add(key);
    const kept = await this.read(key);
    if (kept) {
      this.counts.hits += 1;
      replaySection(flow, refs, marks, kept);
      return;
    }
    this.laidOut(title);
    const layout = recordSection(flow, refs, marks, () => draw(input));
    if (layout) this.writes.push(this.store.write(key, JSON.stringify(layout)).catch(() => undefined));
    else this.used.delete(key);
  }

  /** Waits for the entries being written, then drops those this pack did not use. */
  async finish(): Promise<void> {
    await Promise.all(this.writes);
    await this.store.keepOnly(this.used).catch(() => undefined);
  }

  private laidOut(title: string): void {
    this.counts.misses += 1;
    this.counts.laidOut.push(title);
  }

  private async read(key: string): Promise<SectionLayout | undefined> {
    try {
      const text = await this.store.read(key);
      if (text === undefined) return undefined;
      return parseSectionLayout(JSON.parse(text));
    } catch {
      return undefined;
    }
  }
}
