import { z } from 'zod';

/**
 * What the app tells people about the registers and the words around them. Every fact carries the
 * page it came from, so the help screen can show its source beside it; only facts the reference
 * notes mark as verified (or partly verified, said so) are written here.
 */
export const SourcedFact = z.object({
  text: z.string().min(1),
  source: z.string().url(),
});
export type SourcedFact = z.infer<typeof SourcedFact>;

export const RegisterHelp = z.object({
  /** The built-in framework this register's competences come from. */
  frameworkId: z.string().min(1),
  shortName: z.string().min(1),
  name: z.string().min(1),
  awardedBy: z.string().min(1),
  purpose: SourcedFact,
  suits: SourcedFact,
  route: z.array(SourcedFact).min(1),
  application: z.array(SourcedFact).min(1),
  cpd: z.array(SourcedFact).min(1),
});
export type RegisterHelp = z.infer<typeof RegisterHelp>;

export const GlossaryEntry = z.object({ term: z.string().min(1), meaning: SourcedFact });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

const SC_APPLY = 'http://sciencecouncil.org/scientists-science-technicians/apply-for-professional-registration/';
const SC_SUPPORTER = 'http://sciencecouncil.org/nominated-supporter/';
const SC_MISTAKES = 'https://sciencecouncil.org/blog/2023/10/01/the-competence-report-5-most-common-mistakes/';
const SC_CPD = 'https://www.tfaforms.com/5097343';
const SC_CPD_HOURS = 'https://sciencecouncil.org/registrants/meeting-your-annual-cpd-standards/';
const IMPERIAL = 'https://www.imperial.ac.uk/technicians-portal/professional-registration/how-to-apply/';
const ENGC_CPD = 'https://www.engc.org.uk/cpd';
const ENGC_MONITORING = 'https://www.engc.org.uk/resources-and-guidance/continuing-professional-development-cpd';
const RAIL = 'https://www.railengineer.co.uk/what-to-expect-from-uk-spec4/';
const IGEM = 'https://www.igem.org.uk/membership/professional-registration/asessing-your-professional-experience/';
const ADVANCE_HE = 'https://www.advance-he.ac.uk/fellowship/associate-fellowship';

/** The Science Council's common application, shared by RSciTech, RSci and CSci. */
const scienceCouncilApplication: SourcedFact[] = [
  { text: 'Membership of a licensed professional body; you can join at the same time as applying.', source: IMPERIAL },
  { text: 'An up-to-date CV or employment history, and your qualifications with certificates.', source: SC_APPLY },
  { text: 'A competence report: examples for every competence, written in the first person ("I", not "we"), mostly from the last three years. One example may serve more than one competence.', source: SC_MISTAKES },
  { text: 'One nominated supporter, usually your line manager or a senior colleague, who writes a short paragraph for each of the five sections confirming what you claim.', source: SC_SUPPORTER },
];

const scienceCouncilCpd: SourcedFact[] = [
  { text: 'Keep a continuous, reflective CPD record with activities of at least three (exceptionally two) of the five kinds, and reflect on how they helped your practice and the people who use your work.', source: SC_CPD },
  { text: 'There is no minimum number of hours at Science Council level; you declare each year that you meet the standards, and your record may be audited.', source: SC_CPD_HOURS },
];

const engineeringCpd: SourcedFact[] = [
  { text: 'Follow the Engineering Council CPD code: plan your development, do varied activities, record them, reflect, evaluate against your plan and support others. There is no minimum time.', source: ENGC_CPD },
  { text: 'Recording CPD is mandatory; engineering institutions sample registrants\u2019 records every year.', source: ENGC_MONITORING },
];

export const registers: RegisterHelp[] = [
  {
    frameworkId: 'sc-rscitech',
    shortName: 'RSciTech',
    name: 'Registered Science Technician',
    awardedBy: 'Science Council, through a licensed professional body',
    purpose: { text: 'Recognises technicians who use scientific understanding, methods and skills to complete tasks and solve well-defined problems.', source: 'https://sciencecouncil.org/competence-report-advice-rscitech/' },
    suits: { text: 'Technicians working largely under direction, with limited supervisory duties, on routine but complex tasks. Typically you hold a level 3 qualification (A-level, T-level, BTEC, NVQ 3) or higher; IST says it normally takes at least a year of experience.', source: 'https://istonline.org.uk/professional-registration/registered-science-technician-rscitech' },
    route: [
      { text: 'Apply through the Science Council\u2019s online common application, or directly through a licensed body such as IST, RSC, RSB or IOP.', source: SC_CPD },
      { text: 'Without a level 3 qualification you write an equivalency report as well.', source: 'https://sciencecouncil.org/equivalency-report-advice-rscitech/' },
    ],
    application: scienceCouncilApplication,
    cpd: scienceCouncilCpd,
  },
  {
    frameworkId: 'sc-rsci',
    shortName: 'RSci',
    name: 'Registered Scientist',
    awardedBy: 'Science Council, through a licensed professional body',
    purpose: { text: 'Recognises people who address broadly defined, complex problems and apply extended knowledge of their area.', source: 'http://sciencecouncil.org/competence-report-advice-rsci/' },
    suits: { text: 'People who work with minimal direction and have some supervisory or management responsibility, typically with a level 5 qualification (HND, foundation degree, degree) or shown equivalence.', source: 'http://sciencecouncil.org/equivalency-report-advice-rsci/' },
    route: [
      { text: 'Apply through the Science Council\u2019s online common application or a licensed body; without a level 5 qualification you write an RSci equivalency report.', source: 'http://sciencecouncil.org/equivalency-report-advice-rsci/' },
      { text: 'The standard was reviewed in 2025: competence D3 was removed and the old D4 is now D3.', source: 'https://sciencecouncil.org/blog/2025/09/01/standards-review-launch' },
    ],
    application: scienceCouncilApplication,
    cpd: scienceCouncilCpd,
  },
  {
    frameworkId: 'sc-csci',
    shortName: 'CSci',
    name: 'Chartered Scientist',
    awardedBy: 'Science Council, through a licensed professional body',
    purpose: { text: 'Recognises deep specialist knowledge used to get the best from existing and emerging science, with sound judgement where information is incomplete.', source: 'http://sciencecouncil.org/competence-report-advice-csci/' },
    suits: { text: 'Senior specialists with an accredited master\u2019s degree (or shown equivalence) and four years\u2019 postgraduate-level experience.', source: 'https://www.charteredscientist.org/about-csci/standards/' },
    route: [
      { text: 'Apply through a licensed body or the common application; at least two years of CPD immediately before applying.', source: 'https://charteredscientist.org/about/cpd_and_revalidation' },
    ],
    application: [
      ...scienceCouncilApplication,
      { text: 'Guidance suggests about 300\u2013350 words for each sub-competence.', source: 'http://sciencecouncil.org/competence-report-advice-csci/' },
    ],
    cpd: scienceCouncilCpd,
  },
  {
    frameworkId: 'ukspec4-engtech',
    shortName: 'EngTech',
    name: 'Engineering Technician',
    awardedBy: 'Engineering Council, through a licensed engineering institution',
    purpose: { text: 'Recognises engineering technicians who apply technical and practical skills, judged against the UK-SPEC standard (4th edition).', source: 'https://studylib.net/doc/18137345/competence-criteria-for-engineering-technician-registration' },
    suits: { text: 'Technicians who build, commission, operate or maintain equipment and solve technical problems, typically with a level 3 qualification or advanced apprenticeship (partly verified).', source: 'http://www.kefax.co.uk/engtech.htm' },
    route: [
      { text: 'Every registrant joins a licensed professional engineering institution (IET, IMechE, ICE and others) and applies through it.', source: RAIL },
      { text: 'Usually a written assessment only, though some institutions interview.', source: IGEM },
    ],
    application: [
      { text: 'Written competence and commitment statements mapped to the UK-SPEC areas A to E, a CPD record or plan, and a code-of-conduct declaration. Supporter rules vary by institution.', source: IGEM },
    ],
    cpd: engineeringCpd,
  },
  {
    frameworkId: 'ukspec4-ieng',
    shortName: 'IEng',
    name: 'Incorporated Engineer',
    awardedBy: 'Engineering Council, through a licensed engineering institution',
    purpose: { text: 'Recognises engineers who maintain and extend a sound theoretical approach to applying technology and use evidence to solve problems.', source: 'https://ru.scribd.com/document/322976041/Ukspec-Ieng-Competences' },
    suits: { text: 'Engineers who plan, budget and organise work and people, lead teams and drive improvement (from a partly verified transcription of UK-SPEC 4).', source: 'https://ru.scribd.com/document/322976041/Ukspec-Ieng-Competences' },
    route: [{ text: 'Apply through a licensed engineering institution; a professional review report (about 1,500 words) and an interview.', source: IGEM }],
    application: [{ text: 'A professional review report of about 1,500 words mapped to UK-SPEC, then a professional review interview.', source: IGEM }],
    cpd: engineeringCpd,
  },
  {
    frameworkId: 'psf2023-afhea',
    shortName: 'AFHEA',
    name: 'Associate Fellow of the Higher Education Academy',
    awardedBy: 'Advance HE',
    purpose: { text: 'Recognises effective, inclusive practice in teaching or supporting learning, judged against the Professional Standards Framework 2023 (descriptor 1).', source: ADVANCE_HE },
    suits: { text: 'Technicians who teach or support learning, for example demonstrating in practical classes; Advance HE names technicians as a typical group.', source: ADVANCE_HE },
    route: [{ text: 'Apply directly to Advance HE, or complete an accredited scheme at your own institution.', source: ADVANCE_HE }],
    application: [
      { text: 'An account of practice covering at least two of the five Areas of Activity, showing at least values V1 and V3 and knowledge K1, K2 and K3, with one referee.', source: ADVANCE_HE },
      { text: 'An accredited scheme example asks for about 1,400 words, 700 for each chosen Area.', source: 'https://asu.edu.bh/asurise-advance-he-centre/your-submission' },
    ],
    cpd: [{ text: 'In the 2011 framework, Area of Activity A5 is continuing professional development in your subject and in teaching; the 2023 wording was not confirmed.', source: 'https://leouieda.com/pgcap/ukpsf.html' }],
  },
];

export const glossary: GlossaryEntry[] = [
  { term: 'CPD (continuing professional development)', meaning: { text: 'The learning you do to keep and improve your competence: work-based, professional, formal, self-directed and other activities, recorded with reflection.', source: 'https://www.icheme.org/membership/demonstrating-cpd/csci-rsci-rscitech/' } },
  { term: 'Competence report', meaning: { text: 'The written part of a Science Council application: first-person examples for every competence, mostly from the last three years.', source: SC_MISTAKES } },
  { term: 'Nominated supporter', meaning: { text: 'The one person (usually your line manager or a senior colleague) who confirms your claims with a short paragraph for each of the five sections.', source: SC_SUPPORTER } },
  { term: 'Licensed body', meaning: { text: 'A professional body licensed to award a register, such as IST, RSC, RSB or IOP for the Science Council registers; you must be a member.', source: IMPERIAL } },
  { term: 'Common Application Process (CAP)', meaning: { text: 'The Science Council\u2019s online application; volunteer assessors review it and the licensed body ratifies it, in about 8\u201312 weeks.', source: SC_CPD } },
  { term: 'Equivalency report', meaning: { text: 'A report showing you work at the level of the benchmark qualification when you do not hold it (level 3 for RSciTech, level 5 for RSci).', source: 'https://sciencecouncil.org/equivalency-report-advice-rscitech/' } },
  { term: 'UK-SPEC', meaning: { text: 'The Engineering Council\u2019s standard for professional engineering competence; its 4th edition applies to EngTech, IEng and CEng.', source: RAIL } },
  { term: 'Professional Standards Framework (PSF 2023)', meaning: { text: 'Advance HE\u2019s framework of dimensions (areas of activity, knowledge, values) and descriptors; descriptor 1 is AFHEA.', source: 'https://warwick.ac.uk/fac/cross_fac/academic-development/coursesandpathways/appexp/about-psf-2023/' } },
  { term: 'Revalidation and audit', meaning: { text: 'Registrants declare each year that they meet the CPD standards, and a sample are asked for their record covering a 12-month period.', source: SC_CPD } },
];

// Parsed when the module loads, so a wrong source address fails the first test that imports it.
z.array(RegisterHelp).parse(registers);
z.array(GlossaryEntry).parse(glossary);

export function registerHelp(frameworkId: string): RegisterHelp | undefined {
  return registers.find((r) => r.frameworkId === frameworkId);
}
