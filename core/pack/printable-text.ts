import type { FindingTarget } from './pack-options';
import { writtenBlocks } from './cpd-section';
import type { PackPlan } from './pack-plan';

export interface PrintedText {
  text: string;
  target: FindingTarget;
  /** Where the text is, in words: "your profile", "CPD record “Autoclave course”". */
  where: string;
}

/** Every piece of the user's own text that the pack prints, with where it can be edited. */
export function printedTexts(plan: PackPlan): PrintedText[] {
  const { portfolio: p, framework } = plan;
  const out: PrintedText[] = [];
  const add = (where: string, target: FindingTarget, ...texts: (string | undefined)[]) => {
    for (const text of texts) if (text) out.push({ text, target, where });
  };
  const pr = p.profile;
  add('your profile', { screen: 'profile' }, pr.name, pr.preferredName, pr.jobTitle, pr.employer, pr.department, pr.email);
  for (const b of pr.professionalBodies) add('your profile', { screen: 'profile' }, b.name, b.membershipNumber, b.grade);
  for (const e of p.employment) add(`the job “${e.role}”`, { screen: 'employment', id: e.id }, e.employer, e.role, e.department, e.description);
  for (const q of p.qualifications) add(`the qualification “${q.title}”`, { screen: 'qualifications', id: q.id }, q.title, q.level, q.awardingBody);
  for (const c of plan.criteria) {
    if (c.statement) add(`the statement for ${c.criterion.code}`, { screen: 'statement', frameworkId: framework.id, code: c.criterion.code }, c.statement.text);
  }
  for (const s of p.supporters) add(`the supporter “${s.name}”`, { screen: 'supporters', id: s.id }, s.name, s.role, s.organisation, s.email, s.phone, s.relationship);
  for (const r of plan.cpd) add(`the CPD record “${r.title}”`, { screen: 'cpd', id: r.id }, r.title, ...writtenBlocks(r).map((b) => b.text));
  for (const t of p.training) add(`the training record “${t.course}”`, { screen: 'training', id: t.id }, t.course, t.provider, t.kind);
  for (const { item } of plan.evidence) {
    const target: FindingTarget = { screen: 'evidence', id: item.id };
    add(`the evidence “${item.title}”`, target, item.title, item.description);
    if (item.kind === 'note') add(`the evidence “${item.title}”`, target, item.note);
    if (item.kind === 'link') add(`the evidence “${item.title}”`, target, item.url);
    if (item.kind === 'file') add(`the evidence “${item.title}”`, target, item.file.originalName);
  }
  return out;
}

/** The distinct characters of a text that the fonts cannot draw (line breaks and tabs are fine). */
export function unprintableCharacters(text: string, charset: ReadonlySet<number>): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || charset.has(cp)) continue;
    missing.add(ch);
  }
  return [...missing];
}

/** "中 (U+4E2D)": the character and its code, since the character alone may not show either. */
export const describeCharacter = (ch: string): string => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
