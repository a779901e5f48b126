import { addDays, format } from 'date-fns';
import type { TechfolioApi } from '../../core/api/contract';
import type { ActivityInput } from '../../core/model/commitment';
import type { CompetenceRatingInput } from '../../core/model/competence-rating';

export const SAMPLE_PATHWAY_ID = 'example-technician-pathway';

/** What the sample adds: a few records of each Technician Commitment kind, and ratings over time. */
export interface SampleCommitmentSummary {
  activities: number;
  ratings: number;
}

/**
 * The sample technician's research credits, outreach, recognition, roles, secondment and
 * mentoring, and two years of self-ratings on the example pathway that move her from level 2
 * towards level 3. Dates are offsets from the sample's day, so the sample always looks current.
 */
export async function writeSampleCommitment(api: TechfolioApi, today: Date, evidence: { openDayPhotoId?: string | undefined }): Promise<SampleCommitmentSummary> {
  const day = (offset: number) => format(addDays(today, offset), 'yyyy-MM-dd');
  const activities: ActivityInput[] = [
    { kind: 'research-output', title: 'Stress granule assembly in Saccharomyces cerevisiae under heat shock', outputType: 'paper', doi: '10.5555/northmoor.bio.2025.118', credit: 'author', creditRoles: ['investigation', 'methodology', 'writing-review-editing'], date: day(-420), description: 'Third author: designed and ran the time-lapse imaging.', mappings: [{ frameworkId: 'sc-rscitech', code: 'A2' }] },
    { kind: 'research-output', title: 'Enzyme kinetics teaching dataset, 2024 cohort', outputType: 'dataset', doi: '10.5555/northmoor.data.2024.7', credit: 'author', creditRoles: ['data-curation', 'validation'], date: day(-300) },
    { kind: 'research-output', title: 'BBSRC equipment bid: light-sheet microscope', outputType: 'grant', reference: 'Internal ref. BIO-EQ-2026-03', credit: 'named-on-proposal', creditRoles: ['resources', 'project-administration'], date: day(-90) },
    { kind: 'outreach', title: 'Departmental open day: spectroscopy stand', outreachType: 'open-day', audience: 'Prospective students and families', audienceSize: 140, date: day(-500), evidenceIds: evidence.openDayPhotoId ? [evidence.openDayPhotoId] : [] },
    { kind: 'outreach', title: 'Microscopes in the classroom', outreachType: 'school-visit', audience: 'Year 9 pupils, Northmoor Academy', audienceSize: 58, date: day(-160), description: 'Two lessons with the portable microscopes and prepared slides.' },
    { kind: 'recognition', title: 'Technician of the Year (Faculty of Science)', awardingBody: 'University of Northmoor', scope: 'internal', outcome: 'won', date: day(-240), mappings: [{ frameworkId: 'sc-rscitech', code: 'E1' }] },
    { kind: 'recognition', title: 'Papin Prize: Technician Commitment', awardingBody: 'Science Council', scope: 'external', outcome: 'shortlisted', date: day(-60) },
    { kind: 'role', title: 'Technician Commitment steering group', roleType: 'steering-group', organisation: 'University of Northmoor', startDate: day(-700), description: 'Represent the School of Biosciences technicians; led the survey on career pathways.' },
    { kind: 'role', title: 'Biosafety champion, teaching labs', roleType: 'champion', organisation: 'School of Biosciences', startDate: day(-900), endDate: day(-200) },
    { kind: 'secondment', title: 'Secondment to the Bioimaging Facility', secondmentType: 'secondment', host: 'Bioimaging Facility, University of Northmoor', startDate: day(-640), endDate: day(-460), learned: 'Running the confocal and light-sheet microscopes, training users and managing the booking system.' },
    { kind: 'secondment', title: 'Technical leadership programme', secondmentType: 'management-programme', host: 'Northmoor Staff Development', startDate: day(-120), endDate: day(-30), learned: 'Planning a service budget, giving feedback, and leading change in a technical team.' },
    { kind: 'people-developed', title: 'Two laboratory apprentices (level 3)', relationship: 'apprentice', support: 'mentored', topic: 'Aseptic technique and media preparation', startDate: day(-330), outcomes: 'Both prepare media, pour plates and run the autoclave unsupervised.' },
    { kind: 'people-developed', title: 'Final-year project students (6)', relationship: 'student', support: 'trained', topic: 'Plate reader assays', startDate: day(-280), endDate: day(-180), outcomes: 'Each ran their own kinetic assays and exported clean data for their reports.' },
  ];
  for (const a of activities) await api.addActivity(a);

  // Two years of ratings: early ones at level 2, later ones showing progress towards level 3.
  const rate = (code: string, rating: CompetenceRatingInput['rating'], offset: number, note = ''): CompetenceRatingInput => ({ frameworkId: SAMPLE_PATHWAY_ID, code, rating, date: day(offset), note });
  const ratings: CompetenceRatingInput[] = [
    rate('T1', 'developing', -720), rate('S1', 'developing', -720), rate('D1', 'developing', -720),
    rate('T1', 'competent', -540, 'Sole responsibility for the plate readers and the autoclave.'),
    rate('T3', 'developing', -540), rate('S1', 'competent', -540), rate('S2', 'developing', -540), rate('D1', 'competent', -540),
    rate('T2', 'developing', -300, 'Rewrote the enzyme practical method; every group got usable data.'),
    rate('P1', 'developing', -300, 'Mentoring two apprentices.'), rate('P2', 'developing', -160, 'School visits and the open day.'),
    rate('T3', 'competent', -90, 'Named on the equipment bid; author on the stress granule paper.'),
    rate('T1', 'can-teach', -30, 'Train new users on the confocal since the secondment.'),
  ];
  for (const r of ratings) await api.rateCompetence(r);
  return { activities: activities.length, ratings: ratings.length };
}
