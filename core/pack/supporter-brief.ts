import { rgb } from '@cantoo/pdf-lib';
import { parseISO } from 'date-fns';
import { wordingBelowHeading } from '../frameworks/criterion-wording';
import type { Framework } from '../frameworks/schema';
import { formatUkDate, formatUkDateLong } from '../format/uk-date';
import type { Supporter } from '../model/career';
import type { BriefCriterion } from '../model/supporter-brief';
import type { Portfolio } from '../model/portfolio';
import { criterionTitle } from './competence-report';
import { drawConfirmationBox } from './confirmation-box';
import { Flow } from './flow';
import { writeOutline, type OutlineNode } from './outline';
import { createPackDocument, setPackMetadata, type FontBytes } from './pack-document';
import type { Deflate } from './stream-deflate';
import { evidenceTypeLabel } from './pack-labels';
import { planPack, type PackPlan, type PlannedCriterion } from './pack-plan';
import { applicantName } from './pack-sections';
import { fitLine, stampPageNumbers } from './page-frame';
import { MARGIN, TYPE } from './page-geometry';
import { drawQrCode } from './qr-stamp';
import { supporterNoun } from './route-requirements';
import { canonicalText, statementsFingerprint, type ShownStatement } from './statements-fingerprint';

export interface SupporterBriefInput {
  portfolio: Portfolio;
  framework: Framework;
  /** The supporter it is for; the one nominated for this registration when left out. */
  supporterId?: string | undefined;
  date: string;
  fonts: FontBytes;
  /** Compression for the streams (the worker's zlib); pdf-lib's own when left out. */
  deflate?: Deflate | undefined;
}

export interface WrittenBrief {
  bytes: Uint8Array;
  pages: number;
  /** What to keep in the portfolio so a signed copy can be checked later. */
  record: { frameworkId: string; supporterId?: string; madeOn: string; fingerprint: string; criteria: BriefCriterion[] };
  /** The fingerprint as printed: "3F9A-12BC-77D0-A1E4-90FF". */
  shortFingerprint: string;
}

const GREY = rgb(0.35, 0.35, 0.35);

/** The statements a brief shows, exactly as it prints them: every criterion in the framework's order. */
export const shownStatements = (plan: Pick<PackPlan, 'criteria'>): ShownStatement[] =>
  plan.criteria.map((c) => ({ code: c.criterion.code, text: canonicalText(c.statement?.text ?? '') }));

/** Who the brief is for: the supporter asked for, else the one nominated for this registration. */
export function briefSupporter(portfolio: Portfolio, framework: Framework, supporterId?: string): Supporter | undefined {
  const id = supporterId ?? portfolio.profile.targetRegistrations.find((r) => r.frameworkId === framework.id)?.nominatedSupporterId;
  return id === undefined ? undefined : portfolio.supporters.find((s) => s.id === id);
}

/** What the body asks of the supporter: the framework file's own words, then how this brief works. */
function drawWhatIsAsked(flow: Flow, plan: PackPlan): void {
  const req = plan.framework.requirements;
  const noun = supporterNoun(plan.route.supporterKind);
  const applicant = applicantName(plan.portfolio);
  flow.heading(`What ${plan.framework.awardingBody} asks of you`, TYPE.subheading + 1);
  const asked = [req.supporters?.note, req.supporterStatement?.note].filter((s): s is string => Boolean(s?.trim()));
  if (asked.length === 0) flow.paragraph(`Techfolio holds no guidance from ${plan.framework.awardingBody} for a ${noun} on this route; ${applicant}'s licensed body can say what it needs from you.`);
  for (const text of asked) flow.paragraph(text);
  if (req.supporterStatement?.source) flow.paragraph(`Source: ${req.supporterStatement.source}`, { size: TYPE.small, grey: true });
  flow.gap(4);
  flow.heading('How to use this brief', TYPE.subheading);
  flow.paragraph(
    `Below is ${applicant}'s near-final account, area by area as the application groups it, with the evidence each statement cites. After each area, tick whether you can confirm the account from what you know of their work, and write your paragraph in the space, in your own words. Techfolio does not write any of it for you, and nor should the applicant: assessors expect the ${noun}'s own words.`,
  );
  flow.paragraph(`Sign and date each box, then return the pages to ${applicant} (a scan or a clear photo will do).`);
}

function drawFingerprintNote(flow: Flow, short: string): void {
  flow.gap(4);
  flow.heading(`Statements fingerprint: ${short}`, TYPE.subheading);
  flow.paragraph(
    'This fingerprint identifies exactly the statements printed here. It is at the top of every page, with a QR code that carries it. When the signed brief comes back, Techfolio reads it and shows, criterion by criterion, whether any statement has changed since you read it.',
    { size: TYPE.small, grey: true },
  );
}

function drawCriterion(flow: Flow, c: PlannedCriterion): void {
  flow.ensure(80);
  flow.heading(criterionTitle(c), TYPE.subheading);
  const below = wordingBelowHeading(c.wording);
  if (c.wording.source === 'official' && below) flow.paragraph(below, { size: TYPE.small, grey: true });
  if (c.wording.source === 'applicant' && c.wording.wording) flow.paragraph(`As given in the applicant's form: “${c.wording.wording}”`, { size: TYPE.small, grey: true });
  const text = c.statement?.text.trim();
  if (text) for (const para of text.split(/\n\s*\n/)) flow.paragraph(para);
  else flow.paragraph('No statement written yet.', { grey: true });
  if (c.evidence.length > 0) flow.paragraph(`Evidence: ${c.evidence.map((e) => `${e.label} ${e.item.title}`).join('; ')}`, { size: TYPE.small, grey: true });
  flow.gap(4);
}

/**
 * The supporter's box after an area: "I can confirm" and "I cannot confirm" to tick, lines for
 * their own paragraph, then name, signature and date.
 */
function drawAreaConfirmation(flow: Flow, areaLabel: string): void {
  drawConfirmationBox(flow, {
    title: `Your confirmation: ${areaLabel}`,
    choice: { ticks: ['I can confirm this account', 'I cannot confirm this account'], prompt: 'Your paragraph, in your own words:' },
    writingLines: 7,
  });
}

function drawEvidenceList(flow: Flow, plan: PackPlan): void {
  flow.heading('Evidence list', TYPE.subheading + 1);
  flow.paragraph('Numbered as in the application pack, where each item is printed in full.', { size: TYPE.small, grey: true });
  if (plan.evidence.length === 0) {
    flow.paragraph('No evidence is cited yet.');
    return;
  }
  flow.table(
    [
      { header: 'No.', share: 0.1 },
      { header: 'Title', share: 0.46 },
      { header: 'Date', share: 0.14 },
      { header: 'Type', share: 0.14 },
      { header: 'Cited for', share: 0.16 },
    ],
    plan.evidence.map((e) => [e.label, e.item.title, formatUkDate(e.item.date), evidenceTypeLabel(e.item), e.codes.join(', ')]),
  );
}

/**
 * QR size and place: in a top band kept clear on every page, inside the printer's unprintable
 * edge, large enough (about 0.8 mm a module) to read from a phone photo of the signed page.
 */
const QR = { size: 56, fromTop: 16 } as const;
/** How much deeper than the pack's top margin the brief's text starts, to leave room for the QR code. */
const QR_BAND = 26;

/** A Flow whose every page, however it was started, leaves the QR band clear. */
class BriefFlow extends Flow {
  override newPage() {
    const page = super.newPage();
    this.y -= QR_BAND;
    return page;
  }
}

/** The fingerprint in words and as a QR code at the top of every page, so any one page identifies the brief. */
function stampFingerprint(flow: Flow, short: string): void {
  const { doc, type, fonts } = flow;
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    const label = `Statements fingerprint: ${short}`;
    type.draw(page, fitLine(type, label, fonts.regular, TYPE.small, width - MARGIN.left - MARGIN.right - QR.size - 10), { x: MARGIN.left, y: height - QR.fromTop - QR.size / 2, size: TYPE.small, font: fonts.regular, color: GREY });
    drawQrCode(page, short, width - MARGIN.right - QR.size, height - QR.fromTop - QR.size, QR.size);
  }
}

/**
 * The supporter's brief: what the body asks of them, the applicant's statements by area with the
 * evidence each cites, and after each area a box to confirm or not and write their own paragraph.
 * Every page carries the statements' fingerprint, so a signed copy can be matched to what it saw.
 */
export async function writeSupporterBrief(input: SupporterBriefInput): Promise<WrittenBrief> {
  const { portfolio, framework, date } = input;
  const plan = planPack(portfolio, framework, { date });
  const statements = shownStatements(plan);
  const fingerprint = await statementsFingerprint(framework.id, statements);
  const supporter = briefSupporter(portfolio, framework, input.supporterId);
  const applicant = applicantName(portfolio);
  const noun = supporterNoun(plan.route.supporterKind);

  const { doc, fonts, type } = await createPackDocument(input.fonts, input.deflate);
  const flow = new BriefFlow(doc, type, fonts);
  flow.newPage();
  const outline: OutlineNode[] = [{ title: 'What is asked of you', pageIndex: 0 }];
  flow.heading(`${noun.charAt(0).toUpperCase()}${noun.slice(1)}'s brief`, TYPE.title);
  flow.paragraph(`${framework.name} (${framework.shortName}), ${framework.awardingBody}`);
  flow.field('For', supporter ? [supporter.name, supporter.role, supporter.organisation].filter(Boolean).join(', ') : `The ${noun}`);
  flow.field('Applicant', [applicant, portfolio.profile.jobTitle, portfolio.profile.employer].filter(Boolean).join(', '));
  flow.field('Prepared', formatUkDateLong(date));
  flow.gap(6);
  drawWhatIsAsked(flow, plan);
  drawFingerprintNote(flow, fingerprint.short);

  for (const [i, c] of plan.criteria.entries()) {
    const firstOfArea = i === 0 || plan.criteria[i - 1]!.areaCode !== c.areaCode;
    if (firstOfArea) {
      flow.newPage();
      outline.push({ title: c.wording.areaLabel, pageIndex: flow.pageIndex });
      flow.heading(c.wording.areaLabel, TYPE.heading);
    }
    drawCriterion(flow, c);
    const lastOfArea = i === plan.criteria.length - 1 || plan.criteria[i + 1]!.areaCode !== c.areaCode;
    if (lastOfArea) drawAreaConfirmation(flow, c.wording.areaLabel);
  }
  flow.newPage();
  outline.push({ title: 'Evidence list', pageIndex: flow.pageIndex });
  drawEvidenceList(flow, plan);

  stampFingerprint(flow, fingerprint.short);
  stampPageNumbers(doc.getPages(), type, fonts.regular, `${framework.shortName} brief: ${applicant}`, new Set());
  writeOutline(doc, outline);
  setPackMetadata(doc, {
    title: `${framework.shortName} ${noun}'s brief: ${applicant}`,
    author: applicant,
    subject: `Statements fingerprint: ${fingerprint.short}`,
    keywords: [`Statements fingerprint: ${fingerprint.short}`],
    date: parseISO(date),
  });
  return {
    bytes: await doc.save({ useObjectStreams: true }),
    pages: doc.getPageCount(),
    shortFingerprint: fingerprint.short,
    record: { frameworkId: framework.id, ...(supporter ? { supporterId: supporter.id } : {}), madeOn: date, fingerprint: fingerprint.sha256, criteria: fingerprint.criteria },
  };
}
