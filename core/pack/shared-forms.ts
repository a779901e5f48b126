import {
  PDFName,
  type PDFDict,
  type PDFRef,
  concatTransformationMatrix,
  drawObject,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingColor,
  type Color,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { DrawOptions, Typesetter } from './typesetter';

/** A form XObject being drawn, in its own upright coordinates: its operators and the fonts they name. */
export class FormDrawing {
  readonly operators: PDFOperator[] = [];
  readonly fonts = new Map<PDFFont, PDFName>();

  constructor(private readonly type: Typesetter) {}

  /** One line of text with its baseline at (x, y). */
  text(text: string, options: DrawOptions): void {
    let key = this.fonts.get(options.font);
    if (!key) {
      // The form's own resources hold only its fonts, so short fixed names cannot clash.
      key = PDFName.of(`F${this.fonts.size}`);
      this.fonts.set(options.font, key);
    }
    this.operators.push(...this.type.operators(text, options, key));
  }

  /** A filled rectangle: a plain `re f`, not pdf-lib's drawRectangle, which builds an SVG path for it. */
  fill(x: number, y: number, width: number, height: number, color: Color): void {
    this.operators.push(pushGraphicsState(), setFillingColor(color), rectangle(x, y, width, height), fill(), popGraphicsState());
  }
}

/** Where a form is placed: its origin on the page and the direction its axes run there. */
export interface Placement {
  /** The page point the form's (0, 0) lands on. */
  x: number;
  y: number;
  /** Degrees anticlockwise the form is turned, so it reads upright on a page with /Rotate. */
  rotation: 0 | 90 | 180 | 270;
}

/** The `cm` matrix for a turn of 0, 90, 180 or 270 degrees anticlockwise then a move. */
function placementMatrix({ x, y, rotation }: Placement): [number, number, number, number, number, number] {
  switch (rotation) {
    case 90:
      return [0, 1, -1, 0, x, y];
    case 180:
      return [-1, 0, 0, -1, x, y];
    case 270:
      return [0, -1, 1, 0, x, y];
    default:
      return [1, 0, 0, 1, x, y];
  }
}

const byDocument = new WeakMap<PDFDocument, SharedForms>();

/**
 * Marks that repeat page after page (an evidence item's label strip), each laid out and drawn once
 * as a form XObject and placed on every page that shows it with one `Do`: no per-page layout, and
 * one copy of the operators in the file. Keyed by what the form shows, so the same words at the
 * same width are never drawn twice in a document.
 */
export class SharedForms {
  private readonly made = new Map<string, { ref: PDFRef; value: unknown }>();
  /** Form names by the XObject dictionary holding them: pages of one evidence PDF often share theirs. */
  private readonly names = new WeakMap<PDFDict, Map<PDFRef, PDFName>>();

  private constructor(private readonly doc: PDFDocument) {}

  /** The document's forms: one set per document, whichever code draws on it. */
  static of(doc: PDFDocument): SharedForms {
    let forms = byDocument.get(doc);
    if (!forms) {
      forms = new SharedForms(doc);
      byDocument.set(doc, forms);
    }
    return forms;
  }

  /**
   * The form under `key`, drawn by `draw` the first time it is asked for; `draw`'s answer (where
   * the layout put things) comes back with it every time. `box` bounds everything drawn: a form
   * clips to it.
   */
  form<T>(key: string, type: Typesetter, box: readonly [number, number, number, number], draw: (drawing: FormDrawing) => T): { ref: PDFRef; value: T } {
    const known = this.made.get(key);
    if (known) return known as { ref: PDFRef; value: T };
    const drawing = new FormDrawing(type);
    const value = draw(drawing);
    const { context } = this.doc;
    const fonts = Object.fromEntries([...drawing.fonts].map(([font, name]) => [name.decodeText(), font.ref]));
    const ref = context.register(context.formXObject(drawing.operators, { BBox: [...box], Resources: { Font: fonts } }));
    const made = { ref, value };
    this.made.set(key, made);
    return made;
  }

  /** Paints a form on a page: `q`, the placement's `cm`, `Do`, `Q`. */
  place(page: PDFPage, form: PDFRef, at: Placement): void {
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...placementMatrix(at)), drawObject(this.keyOn(page, form)), popGraphicsState());
  }

  /** The form's name in the page's resources, added once per resource dictionary. */
  private keyOn(page: PDFPage, form: PDFRef): PDFName {
    const { XObject } = page.node.normalizedEntries();
    let keys = this.names.get(XObject);
    if (!keys) {
      keys = new Map();
      this.names.set(XObject, keys);
    }
    let key = keys.get(form);
    if (!key) {
      key = XObject.uniqueKey('TfForm');
      XObject.set(key, form);
      keys.set(form, key);
    }
    return key;
  }
}
