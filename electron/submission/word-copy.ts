import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Framework } from '../../core/frameworks/schema';
import { formatUkDate, formatUkDateRange } from '../../core/format/uk-date';
import type { Portfolio } from '../../core/model/portfolio';
import { planPack } from '../../core/pack/pack-plan';
import { paragraphsOf } from '../word/paragraphs';

const pack = (sections: Paragraph[], title: string, creator: string): Promise<Buffer> =>
  Packer.toBuffer(new Document({ title, creator, description: title, sections: [{ children: sections }] }));

/**
 * The competence report as a Word document, for bodies and supporters who work in Word: a
 * heading per criterion (its printable heading, never our unconfirmed summary) and the
 * statement as written. Criteria without a statement say so rather than disappear.
 */
export async function competenceReportDocx(portfolio: Portfolio, framework: Framework, date: string): Promise<Uint8Array> {
  const plan = planPack(portfolio, framework, { date });
  const name = portfolio.profile.name;
  const children: Paragraph[] = [
    new Paragraph({ text: `${framework.shortName} competence report${name ? `: ${name}` : ''}`, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `${framework.name}. ${framework.edition}. Prepared ${formatUkDate(date)}.` }),
  ];
  let area = '';
  for (const c of plan.criteria) {
    if (c.wording.areaLabel && c.wording.areaLabel !== area) {
      area = c.wording.areaLabel;
      children.push(new Paragraph({ text: area, heading: HeadingLevel.HEADING_1 }));
    }
    children.push(new Paragraph({ text: `${c.wording.code} ${c.wording.heading}`, heading: HeadingLevel.HEADING_2 }));
    if (c.wording.wording && c.wording.wording !== c.wording.heading) children.push(new Paragraph({ children: [new TextRun({ text: c.wording.wording, italics: true })] }));
    const text = c.statement?.text.trim() ?? '';
    children.push(...(text ? paragraphsOf(text) : [new Paragraph({ children: [new TextRun({ text: 'No statement written yet.', italics: true })] })]));
  }
  return pack(children, `${framework.shortName} competence report`, name || 'Techfolio');
}

/** A CV from the profile, employment history (newest first) and qualifications. */
export async function cvDocx(portfolio: Portfolio): Promise<Uint8Array> {
  const p = portfolio.profile;
  const children: Paragraph[] = [new Paragraph({ text: p.name || 'Curriculum vitae', heading: HeadingLevel.TITLE })];
  const role = [p.jobTitle, p.department, p.employer].filter(Boolean).join(', ');
  if (role) children.push(new Paragraph({ text: role }));
  if (p.email) children.push(new Paragraph({ text: p.email }));
  children.push(new Paragraph({ text: 'Employment history', heading: HeadingLevel.HEADING_1 }));
  const jobs = [...portfolio.employment].sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
  if (jobs.length === 0) children.push(new Paragraph({ text: 'No employment recorded yet.' }));
  for (const job of jobs) {
    children.push(new Paragraph({ text: `${job.role}, ${job.employer}${job.department ? ` (${job.department})` : ''}`, heading: HeadingLevel.HEADING_2 }));
    children.push(new Paragraph({ text: job.endDate ? formatUkDateRange(job.startDate, job.endDate) : `${formatUkDate(job.startDate)} to date` }));
    if (job.description.trim()) children.push(...paragraphsOf(job.description));
  }
  children.push(new Paragraph({ text: 'Qualifications', heading: HeadingLevel.HEADING_1 }));
  if (portfolio.qualifications.length === 0) children.push(new Paragraph({ text: 'No qualifications recorded yet.' }));
  for (const q of portfolio.qualifications) {
    const detail = [q.level, q.awardingBody, q.dateAwarded ? formatUkDate(q.dateAwarded) : ''].filter(Boolean).join(', ');
    children.push(new Paragraph({ text: detail ? `${q.title}: ${detail}` : q.title }));
  }
  return pack(children, 'Curriculum vitae', p.name || 'Techfolio');
}
