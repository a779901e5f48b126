import { ColorTypes, PDFHexString, PDFNumber, PDFOperator, PDFOperatorNames as Ops, beginText, endText, popGraphicsState, pushGraphicsState, rgb, setFillingColor, showText, type Color, type PDFFont, type PDFName, type PDFPage } from '@cantoo/pdf-lib';

/** A run of text measured and encoded once: the glyph ids as hex, and its width at size 1. */
interface Encoded {
  hex: string;
  width: number;
}

export interface DrawOptions {
  x: number;
  y: number;
  size: number;
  font: PDFFont;
  color?: Color;
  /** Degrees anticlockwise, for labels on rotated evidence pages. */
  rotate?: number;
}

const BLACK = rgb(0, 0, 0);
const SPACE_RUN = /(\s+)/;
/** Scripts drawn one glyph per character: Latin, IPA, Greek, Cyrillic, general punctuation, currency. */
const SIMPLE_SCRIPT = /^[\u0020-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/;

/**
 * Measures, wraps and draws text with each distinct word shaped once per font. pdf-lib's own
 * drawText lays out every line again through fontkit (slow for embedded fonts); here a line is
 * drawn from the cached glyph codes of its words, and the subset still learns every glyph used
 * because each word passes through font.encodeText exactly once.
 */
export class Typesetter {
  private readonly runs = new Map<PDFFont, Map<string, Encoded>>();
  private readonly glyphs = new Map<PDFFont, Map<string, Encoded>>();
  private readonly pageFontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();
  /** Characters the font lacks are drawn as this instead of an empty box (preflight reports them first). */
  private readonly missing = new Map<PDFFont, Set<number>>();

  /** Numbers drawn again and again (sizes, colours, margins, baselines), formatted once: pdf-lib formats each anew, a visible part of a pack's time. */
  private readonly numbers = new Map<number, PDFNumber>();

  constructor(private readonly replacement = '?') {}

  private number(value: number): PDFNumber {
    let n = this.numbers.get(value);
    if (!n) {
      // Bounded: a pack's distinct positions run to thousands, not millions.
      if (this.numbers.size >= 50_000) this.numbers.clear();
      n = PDFNumber.of(value);
      this.numbers.set(value, n);
    }
    return n;
  }

  private charset(font: PDFFont): Set<number> {
    let set = this.missing.get(font);
    if (!set) {
      set = new Set(font.getCharacterSet());
      this.missing.set(font, set);
    }
    return set;
  }

  /** The text with every character the font cannot draw replaced by a visible mark. */
  printable(text: string, font: PDFFont): string {
    const set = this.charset(font);
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      out += cp < 0x20 || set.has(cp) ? (cp < 0x20 ? ' ' : ch) : this.replacement;
    }
    return out;
  }

  private cacheFor(caches: Map<PDFFont, Map<string, Encoded>>, font: PDFFont): Map<string, Encoded> {
    let cache = caches.get(font);
    if (!cache) {
      cache = new Map();
      caches.set(font, cache);
    }
    return cache;
  }

  private encoded(run: string, font: PDFFont): Encoded {
    const cache = this.cacheFor(this.runs, font);
    let hit = cache.get(run);
    if (!hit) {
      hit = SIMPLE_SCRIPT.test(run) ? this.fromCharacters(run, font) : this.shaped(run, font);
      cache.set(run, hit);
    }
    return hit;
  }

  /** A run shaped by fontkit: for scripts whose letters change form with their neighbours. */
  private shaped(run: string, font: PDFFont): Encoded {
    const safe = this.printable(run, font);
    return { hex: font.encodeText(safe).asString(), width: font.widthOfTextAtSize(safe, 1) };
  }

  /**
   * A run of Latin, Greek or Cyrillic text built from its characters' cached glyphs. The PDF draws
   * glyphs at their own advance widths (kerning is not carried into the page), so the nominal
   * widths summed here are exactly what is printed, and no run is shaped twice.
   */
  private fromCharacters(run: string, font: PDFFont): Encoded {
    const cache = this.cacheFor(this.glyphs, font);
    let hex = '';
    let width = 0;
    for (const ch of run) {
      let glyph = cache.get(ch);
      if (!glyph) {
        glyph = this.shaped(ch, font);
        cache.set(ch, glyph);
      }
      hex += glyph.hex;
      width += glyph.width;
    }
    return { hex, width };
  }

  /** Width of a single line of text in points. */
  width(text: string, font: PDFFont, size: number): number {
    let total = 0;
    for (const part of text.split(SPACE_RUN)) if (part) total += this.encoded(part, font).width;
    return total * size;
  }

  /**
   * Breaks text into lines no wider than maxWidth. Paragraph breaks in the text are kept; a word
   * longer than a line is split between characters.
   */
  wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    const space = this.encoded(' ', font).width * size;
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(/[ \t]+/)) {
        if (!word) continue;
        let w = this.encoded(word, font).width * size;
        let piece = word;
        if (w > maxWidth) {
          // Too long for any line (a URL, a hash): flush, then fill lines character by character.
          if (line) lines.push(line);
          const chunks = this.splitLongWord(word, font, size, maxWidth);
          piece = chunks.pop() ?? '';
          lines.push(...chunks);
          line = '';
          lineWidth = 0;
          w = this.encoded(piece, font).width * size;
        }
        if (line && lineWidth + space + w <= maxWidth) {
          line += ` ${piece}`;
          lineWidth += space + w;
        } else {
          if (line) lines.push(line);
          line = piece;
          lineWidth = w;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  private splitLongWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
    const chunks: string[] = [];
    let chunk = '';
    for (const ch of word) {
      if (chunk && this.width(chunk + ch, font, size) > maxWidth) {
        chunks.push(chunk);
        chunk = ch;
      } else chunk += ch;
    }
    chunks.push(chunk);
    return chunks;
  }

  private fontKey(page: PDFPage, font: PDFFont): PDFName {
    let keys = this.pageFontKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.pageFontKeys.set(page, keys);
    }
    let key = keys.get(font);
    if (!key) {
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(font, key);
    }
    return key;
  }

  /** Draws one line (no wrapping) with its baseline at y. */
  draw(page: PDFPage, text: string, options: DrawOptions): void {
    if (!text) return;
    page.pushOperators(...this.operators(text, options, this.fontKey(page, options.font)));
  }

  /**
   * The operators that draw one line, naming the font by `fontKey` in whatever resources hold
   * them: a page's, or a form XObject's drawn once and placed on many pages.
   */
  operators(text: string, options: DrawOptions, fontKey: PDFName): PDFOperator[] {
    if (!text) return [];
    let hex = '';
    for (const part of text.split(SPACE_RUN)) if (part) hex += this.encoded(part, options.font).hex;
    // What pdf-lib's drawText writes, with no skew (tests/unit/core/pack/typesetter-operators.test.ts
    // holds the two equal), its numbers taken from the cache.
    const color = options.color ?? BLACK;
    const radians = ((options.rotate ?? 0) * Math.PI) / 180;
    const n = (value: number) => this.number(value);
    return [
      pushGraphicsState(),
      beginText(),
      color.type === ColorTypes.RGB ? PDFOperator.of(Ops.NonStrokingColorRgb, [n(color.red), n(color.green), n(color.blue)]) : setFillingColor(color),
      PDFOperator.of(Ops.SetFontAndSize, [fontKey, n(options.size)]),
      PDFOperator.of(Ops.SetTextMatrix, [n(Math.cos(radians)), n(Math.sin(radians) + Math.tan(0)), n(-Math.sin(radians) + Math.tan(0)), n(Math.cos(radians)), n(options.x), n(options.y)]),
      showText(PDFHexString.of(hex)),
      endText(),
      popGraphicsState(),
    ];
  }
}
