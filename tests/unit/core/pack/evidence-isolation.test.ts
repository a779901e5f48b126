import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontCharacterSet } from '../../../../core/pack/pack-document';
import { PackOptions, type PackFinding } from '../../../../core/pack/pack-options';
import { preflightPack } from '../../../../core/pack/preflight';
import { loadEvidencePdf } from '../../../../core/pack/evidence-pdf';
import { writePack, type WrittenPack } from '../../../../core/pack/write-pack';
import { makeTempDir } from '../../../support/temp-dir';
import { brokenFormPdf, brokenLastPagePdf, contentCyclePdf, encryptWordPdf, manyAnnotationsPdf, pageTreeCyclePdf, plainPdf, qpdfEncrypted, resourcesStreamPdf } from './broken-pdfs';
import { MapEvidence, loadFonts, loadFramework, makePortfolio, type FileEvidence } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

/**
 * One bad evidence file never stops the pack: each failure kind real files showed becomes that
 * item's placeholder (no reader to render with here) or prints as pages, and the rest of the pack
 * is whole. With a renderer: tests/unit/electron/pack/rendered-evidence.test.ts.
 */
const fonts = loadFonts();
const framework = loadFramework('sc-rscitech');
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('techfolio-isolation-');
});
afterAll(() => temp.remove());

const pdf = (title: string, bytes: Uint8Array): FileEvidence => ({ title, bytes, mediaType: 'application/pdf', originalName: `${title}.pdf`, codes: ['A1'] });
const byTitle = (pack: WrittenPack, title: string) => pack.evidence.find((e) => e.title === title)!;

describe('a pack with every kind of broken evidence PDF', { timeout: 120_000 }, () => {
  let files: FileEvidence[];
  let pack: WrittenPack;
  let made: PdfFile;
  let findings: PackFinding[];
  beforeAll(async () => {
    files = [
      pdf('Filled form', brokenFormPdf()),
      pdf('Resources stream', resourcesStreamPdf()),
      pdf('Page tree cycle', pageTreeCyclePdf()),
      pdf('Content cycle', contentCyclePdf()),
      pdf('Forty thousand marks', manyAnnotationsPdf(40_000)),
      pdf('Word Encrypt', encryptWordPdf()),
      pdf('Empty password', qpdfEncrypted(temp.dir, 'empty', plainPdf('Opens with no password'), '')),
      pdf('User password', qpdfEncrypted(temp.dir, 'user', plainPdf('Needs a password'), 'letmein')),
      pdf('Half copied', brokenLastPagePdf()),
      { title: 'Bad photo', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0x00, 1, 2, 3]), mediaType: 'image/jpeg', originalName: 'photo.jpg', codes: ['B1'] },
    ];
    const evidence = new MapEvidence();
    const portfolio = makePortfolio(evidence, files);
    const options = PackOptions.parse({ frameworkId: 'sc-rscitech', date: '2026-11-20' });
    // An image "prepared" into bytes that are no JPEG: embedding it throws inside the appendix.
    const prepareImage = async () => ({ jpeg: new Uint8Array([1, 2, 3, 4]), widthPx: 100, heightPx: 100 });
    pack = await writePack({ portfolio, framework, options, fonts, evidence, prepareImage });
    made = PdfFile.write(temp.dir, 'isolation.pdf', pack.bytes);
    findings = (await preflightPack({ portfolio, framework, options, evidence, charset: fontCharacterSet(fonts) })).findings;
  }, 180_000);

  it('completes, and says how each item was printed and why', () => {
    const how = Object.fromEntries(pack.evidence.map((e) => [e.title, [e.status, e.reason]]));
    expect(how).toEqual({
      'Filled form': ['placeholder', 'cannot-copy'],
      'Resources stream': ['placeholder', 'cannot-copy'],
      'Page tree cycle': ['placeholder', 'damaged'],
      'Content cycle': ['pages', undefined],
      'Forty thousand marks': ['placeholder', 'over-limits'],
      'Word Encrypt': ['pages', undefined],
      'Empty password': ['pages', undefined],
      'User password': ['placeholder', 'needs-password'],
      'Half copied': ['placeholder', 'cannot-copy'],
      'Bad photo': ['placeholder', 'unreadable-image'],
    });
  });

  it('prints each placeholder naming the file and the true reason', () => {
    for (const item of pack.evidence.filter((e) => e.status === 'placeholder')) {
      const text = made.text(item.page).replace(/\s+/g, ' ');
      expect(text).toContain('This evidence could not be included');
      expect(text).toContain(files.find((f) => f.title === item.title)!.originalName);
      expect(text).toContain(item.message!.split('. ')[0]);
    }
    expect(made.text(byTitle(pack, 'User password').page)).toMatch(/needs a password to open/);
    expect(made.text(byTitle(pack, 'Filled form').page)).toMatch(/uses a feature that cannot be copied/);
    expect(made.text(byTitle(pack, 'Forty thousand marks').page)).toMatch(/too heavy to copy/);
    // Neither the empty-password file nor the unencrypted one is ever said to need a password.
    expect(made.text()).not.toMatch(/Empty password[\s\S]{0,200}needs a password/);
    expect(made.text(byTitle(pack, 'Empty password').page)).toContain('Opens with no password');
    expect(made.text(byTitle(pack, 'Word Encrypt').page)).toContain('/Encrypt is only a word here');
  });

  it('leaves no half-copied item behind: pages follow each other and the bookmarks point at them', () => {
    expect(made.text()).not.toContain('Half copied page 1');
    const items = pack.evidence;
    for (const [i, item] of items.entries()) {
      if (i > 0) expect(item.page).toBe(items[i - 1]!.page + items[i - 1]!.pages);
      expect(pack.sections.find((s) => s.title.endsWith(` ${item.title}`))?.page).toBe(item.page);
    }
    const last = items[items.length - 1]!;
    expect(last.page + last.pages - 1).toBe(pack.pages);
    expect(made.pages()).toBe(pack.pages);
  });

  it('passes qpdf --check', () => {
    const { status, output } = made.check();
    expect(output).not.toMatch(/WARNING|ERROR/);
    expect(status).toBe(0);
  });

  it('is foretold by the preflight, item by item', () => {
    const named = (kind: PackFinding['kind']) => findings.filter((f) => f.kind === kind).map((f) => /“(.+?)”/.exec(f.message)![1]).sort();
    expect(named('evidence-unreadable')).toEqual(['Page tree cycle', 'User password']);
    expect(findings.find((f) => f.message.includes('User password'))!.message).toContain('needs a password to open');
    expect(findings.find((f) => f.message.includes('Page tree cycle'))!.message).toContain('is damaged or incomplete');
    // Without a renderer the pack shows placeholders for these; with one (the app's worker) they print as images.
    expect(named('evidence-rendered')).toEqual(['Filled form', 'Forty thousand marks', 'Half copied', 'Resources stream']);
    expect(findings.find((f) => f.message.includes('Forty thousand marks'))!.message).toContain('40,000 annotations');
  });
});

describe('loadEvidencePdf: password reasons', () => {
  it('opens an empty-password file and an unencrypted one holding "/Encrypt", and refuses only a real user password', async () => {
    const dir = (await makeTempDir('techfolio-passwords-')).dir;
    expect((await loadEvidencePdf(qpdfEncrypted(dir, 'e', plainPdf('x'), ''))).ok).toBe(true);
    expect((await loadEvidencePdf(encryptWordPdf())).ok).toBe(true);
    expect(await loadEvidencePdf(qpdfEncrypted(dir, 'u', plainPdf('x'), 'secret'))).toMatchObject({ ok: false, problem: 'user-password' });
    // An unencrypted file that fails strict parsing is damaged even when it mentions /Encrypt.
    const damaged = new TextDecoder('latin1').decode(encryptWordPdf()).replace('/Type /Pages', '/Type /Pages /Broken (unclosed');
    expect(await loadEvidencePdf(new Uint8Array(Buffer.from(damaged, 'latin1')))).toMatchObject({ ok: false, problem: 'damaged' });
  });
});
