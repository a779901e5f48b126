import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../../core/model/portfolio';
import { SupporterBrief } from '../../../../core/model/supporter-brief';
import { checkSignoff } from '../../../../core/pack/signoff-check';
import { canonicalStatements, sha256Hex, shortFingerprint } from '../../../../core/pack/statements-fingerprint';
import { writeSupporterBrief } from '../../../../core/pack/supporter-brief';
import { readFingerprint } from '../../../../electron/pack/read-fingerprint';
import { renderPng } from '../../../support/pdf-reader';
import { makeTempDir } from '../../../support/temp-dir';
import { loadFonts, loadFramework, MapEvidence, makePdf, makePortfolio } from './pack-fixtures';
import { PdfFile } from './pdf-tools';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (temp = await makeTempDir('techfolio-brief-')));
afterAll(() => temp.remove());

const framework = loadFramework('sc-rscitech');
const flat = (text: string) => text.replace(/\s+/g, ' ');
const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };

/** The fixture portfolio with its one supporter nominated for the registration. */
function nominated(evidence: MapEvidence, files: Parameters<typeof makePortfolio>[1] = []): Portfolio {
  const p = makePortfolio(evidence, files);
  return Portfolio.parse({ ...p, profile: { ...p.profile, targetRegistrations: [{ frameworkId: framework.id, viaBodyId: 'ist', nominatedSupporterId: p.supporters[0]!.id }] } });
}

async function briefFor(portfolio: Portfolio) {
  const made = await writeSupporterBrief({ portfolio, framework, date: '2026-11-23', fonts: loadFonts() });
  const pdf = PdfFile.write(temp.dir, `brief-${Math.random().toString(36).slice(2)}.pdf`, made.bytes);
  return { made, pdf };
}

/** The portfolio after the brief was made, with the brief kept as the API keeps it. */
const keep = (portfolio: Portfolio, record: Awaited<ReturnType<typeof writeSupporterBrief>>['record']): Portfolio =>
  Portfolio.parse({ ...portfolio, supporterBriefs: [SupporterBrief.parse({ ...stamp, id: 'brief-000001', ...record })] });

const withStatement = (portfolio: Portfolio, code: string, text: string): Portfolio =>
  Portfolio.parse({ ...portfolio, statements: [...portfolio.statements.filter((s) => s.code !== code), { frameworkId: framework.id, code, text, updatedAt: stamp.updatedAt }] });

describe("the supporter's brief", () => {
  it('shows what is asked, the statements by area with a confirm box after each, the evidence list, and the fingerprint on every page', async () => {
    const evidence = new MapEvidence();
    const portfolio = nominated(evidence, [{ title: 'Autoclave validation report', bytes: await makePdf('Validation', 2), mediaType: 'application/pdf', originalName: 'validation.pdf', codes: ['A1'] }]);
    const { made, pdf } = await briefFor(portfolio);
    expect(pdf.check().status).toBe(0);
    const text = flat(pdf.text());
    expect(text).toContain("Nominated supporter's brief");
    expect(text).toContain('For Zoë Ørsted, Laboratory Manager, University of Caerdydd');
    expect(text).toContain(`What ${framework.awardingBody} asks of you`);
    expect(text).toContain('brief paragraph on each of the five areas');
    // The statements as written, under headings that never print unconfirmed wording as official.
    expect(text).toContain('I validated the autoclave cycle for the teaching labs.');
    expect(text).toContain('I planned the freezer move with Bjørn and Siân.');
    expect(text).toContain('A1 · Apply knowledge of underlying concepts and principles associated with area of work');
    expect(text).toContain('B1 · Area B: Personal responsibility');
    expect(text).not.toContain(framework.areas[1]!.criteria[0]!.heading);
    // Evidence numbered as the pack numbers it.
    expect(text).toContain('Evidence: Ev 1 Autoclave validation report');
    expect(text).toContain('Evidence list');
    // One box per area, each with both choices and room for the supporter's own words.
    for (const area of ['Area A: Application of knowledge and understanding', 'Area B: Personal responsibility', 'Area C: Interpersonal skills', 'Area D: Professional practice']) {
      expect(text).toContain(`Your confirmation: ${area}`);
    }
    expect(text.match(/I can confirm this account/g)).toHaveLength(framework.areas.length);
    expect(text.match(/I cannot confirm this account/g)).toHaveLength(framework.areas.length);
    expect(text).toContain('Your paragraph, in your own words:');
    // Every page names the fingerprint.
    expect(made.shortFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    for (let page = 1; page <= pdf.pages(); page++) expect(flat(pdf.text(page))).toContain(`Statements fingerprint: ${made.shortFingerprint}`);
  });

  it('fingerprints exactly the statements shown, as anyone can recompute from the framework id, codes and texts', async () => {
    const portfolio = nominated(new MapEvidence());
    const { made } = await briefFor(portfolio);
    const shown = framework.areas.flatMap((a) => a.criteria).map((c) => ({ code: c.code, text: portfolio.statements.find((s) => s.code === c.code)?.text ?? '' }));
    const sha = await sha256Hex(canonicalStatements(framework.id, shown));
    expect(made.record.fingerprint).toBe(sha);
    expect(made.shortFingerprint).toBe(shortFingerprint(sha));
    expect(made.record.criteria.map((c) => c.code)).toEqual(shown.map((s) => s.code));
    expect(made.record.supporterId).toBe(portfolio.supporters[0]!.id);
  });

  it('reads the fingerprint back from the PDF, and reports a statement changed after signing by its criterion', async () => {
    const portfolio = nominated(new MapEvidence());
    const { made, pdf } = await briefFor(portfolio);
    const found = await readFingerprint(readFileSync(pdf.file));
    expect(found).toEqual({ hex: made.record.fingerprint.slice(0, 20), readFrom: 'pdf-text' });
    const kept = keep(portfolio, made.record);
    const frameworkOf = (id: string) => (id === framework.id ? framework : undefined);

    const same = await checkSignoff(kept, frameworkOf, found!.hex, found!.readFrom);
    expect(same).toMatchObject({ status: 'unchanged', fingerprint: made.shortFingerprint, changes: [] });

    const edited = withStatement(withStatement(kept, 'B1', 'I planned and led the freezer move.'), 'C1', 'I trained two apprentices.');
    const changed = await checkSignoff(edited, frameworkOf, found!.hex, found!.readFrom);
    expect(changed.status).toBe('changed');
    expect(changed.changes).toEqual([
      { code: 'B1', heading: 'Area B: Personal responsibility', change: 'edited' },
      { code: 'C1', heading: 'Area C: Interpersonal skills', change: 'edited' },
    ]);
  });

  it('says a fingerprint no brief here was made with is unknown', async () => {
    const portfolio = nominated(new MapEvidence());
    const result = await checkSignoff(portfolio, () => framework, '0123456789abcdef0123', 'pdf-text');
    expect(result).toMatchObject({ status: 'unknown', fingerprint: '0123-4567-89AB-CDEF-0123' });
  });

  it('reads the QR code from a photo-like image of a page: rotated, shrunk, blurred and noisy', async () => {
    const portfolio = nominated(new MapEvidence());
    const { made, pdf } = await briefFor(portfolio);
    const prefix = path.join(temp.dir, 'page');
    renderPng(pdf.file, { dpi: 150, first: 2, last: 2, stem: prefix });
    const page = readFileSync(`${prefix}-2.png`);
    const { width = 0, height = 0 } = await sharp(page).metadata();
    // Noise: a random grey speckle laid over the page.
    const noise = Buffer.alloc(width * height);
    // A seeded generator, so the same speckle every run.
    let seed = 12345;
    for (let i = 0; i < noise.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      noise[i] = 100 + (seed >>> 24) % 56;
    }
    const speckled = await sharp(page).grayscale().composite([{ input: await sharp(noise, { raw: { width, height, channels: 1 } }).png().toBuffer(), blend: 'overlay' }]).png().toBuffer();
    const photo = await sharp(speckled).rotate(4, { background: '#8a8a80' }).resize({ width: Math.round(width * 0.8) }).blur(0.8).jpeg({ quality: 70 }).toBuffer();
    const found = await readFingerprint(photo);
    expect(found).toEqual({ hex: made.record.fingerprint.slice(0, 20), readFrom: 'qr-code' });

    const changed = await checkSignoff(withStatement(keep(portfolio, made.record), 'A1', 'A rewritten A1.'), () => framework, found!.hex, found!.readFrom);
    expect(changed.changes.map((c) => c.code)).toEqual(['A1']);
  });
});
