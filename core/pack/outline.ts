import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';

/** One bookmark: a title and the zero-based page it opens, with bookmarks nested under it. */
export interface OutlineNode {
  title: string;
  pageIndex: number;
  children?: OutlineNode[];
}

/**
 * Writes the document outline (bookmarks). pdf-lib has no outline API, so the /Outlines tree is
 * built from dictionaries as ISO 32000-1 §12.3.3 describes: each item links Parent, Prev, Next,
 * First, Last, and Count (visible descendants; positive leaves the item open).
 */
export function writeOutline(doc: PDFDocument, nodes: readonly OutlineNode[]): void {
  if (nodes.length === 0) return;
  const context = doc.context;
  const pages = doc.getPages();
  const rootRef = context.nextRef();

  const addLevel = (items: readonly OutlineNode[], parentRef: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, i) => {
      const page = pages[Math.min(Math.max(item.pageIndex, 0), pages.length - 1)]!;
      const dict: PDFDict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parentRef,
        Dest: [page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull],
      });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      count += 1;
      if (item.children && item.children.length > 0) {
        const sub = addLevel(item.children, refs[i]!);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };

  const top = addLevel(nodes, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
