import type { ActivityInput } from '../../core/model/commitment';

/** One record of each kind, as the forms send them. */
export const ONE_OF_EACH: ActivityInput[] = [
  { kind: 'research-output', title: 'Lipid droplets in yeast under stress', outputType: 'paper', doi: '10.1234/jcs.2026.0042', credit: 'author', creditRoles: ['investigation', 'methodology'], date: '2026-02-14' },
  { kind: 'outreach', title: 'Microscopes in the classroom', outreachType: 'school-visit', audience: 'Year 9 pupils, Northmoor Academy', audienceSize: 60, date: '2026-03-05' },
  { kind: 'recognition', title: 'Technician of the Year', awardingBody: 'University of Northmoor', scope: 'internal', outcome: 'shortlisted', date: '2026-04-20' },
  { kind: 'role', title: 'Technician Commitment steering group member', roleType: 'steering-group', organisation: 'University of Northmoor', startDate: '2025-09-01' },
  { kind: 'secondment', title: 'Imaging facility secondment', secondmentType: 'secondment', host: 'Bioimaging Facility', startDate: '2025-01-06', endDate: '2025-06-30', learned: 'Running the light-sheet microscope and its booking system.' },
  { kind: 'people-developed', title: 'Two laboratory apprentices', relationship: 'apprentice', support: 'mentored', topic: 'Aseptic technique', startDate: '2025-10-01', outcomes: 'Both now prepare media and pour plates unsupervised.' },
];
