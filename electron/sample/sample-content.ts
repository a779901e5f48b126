/**
 * The words of the sample portfolio: a technician in a university teaching and research lab.
 * Mappings name some RSciTech criteria and leave others uncovered, so coverage shows real gaps.
 */

export const SAMPLE_HOLDER = 'Siân Łukasz-Øvergaard';

export type Mapping = { frameworkId: 'sc-rscitech' | 'ukspec4-engtech'; code: string; note?: string };
const rsci = (code: string, note = ''): Mapping => ({ frameworkId: 'sc-rscitech', code, note });
const engtech = (code: string, note = ''): Mapping => ({ frameworkId: 'ukspec4-engtech', code, note });

/** RSciTech criteria the sample covers; A3, B3, B4, C3, D2, D3 and E2 stay as gaps. */
export const COVERED_RSCITECH = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'E1'] as const;

export interface CpdTemplate {
  title: string;
  category: 'work-based' | 'professional' | 'formal' | 'self-directed' | 'other';
  hours: [number, number];
  description: string;
  learning: string;
  practice: string;
  users: string;
  tags: string[];
  mappings: Mapping[];
}

export const CPD_TEMPLATES: readonly CpdTemplate[] = [
  {
    title: 'Autoclave validation with the estates engineer',
    category: 'work-based',
    hours: [2, 4],
    description: 'Worked through the annual thermometric validation of the teaching-lab autoclave, placing thermocouples and reading the cycle printout.',
    learning: 'How load configuration changes the time taken to reach sterilising temperature, and why the coldest point is not always where I assumed.',
    practice: 'I now load the autoclave to the validated pattern and record each cycle against it, so a failed cycle can be traced.',
    users: 'Students and researchers get media and glassware that are reliably sterile, and the department has records an inspector can follow.',
    tags: ['autoclave', 'sterilisation', 'quality'],
    mappings: [rsci('A1', 'Applied the principles of moist-heat sterilisation.'), rsci('B1'), engtech('B2')],
  },
  {
    title: 'HPLC troubleshooting workshop',
    category: 'formal',
    hours: [6, 7],
    description: 'A one-day vendor workshop on diagnosing pressure faults, ghost peaks and drifting baselines on our HPLC systems.',
    learning: 'A structured way of isolating faults by module instead of replacing parts until the problem goes away.',
    practice: 'I wrote a fault-finding checklist for the instruments I look after and used it on the next pressure alarm.',
    users: 'Research students lose fewer days of instrument time to faults.',
    tags: ['HPLC', 'chromatography', 'instrumentation'],
    mappings: [rsci('A2', 'Diagnosed instrument faults methodically.'), rsci('B2')],
  },
  {
    title: 'Preparing the second-year practical on enzyme kinetics',
    category: 'work-based',
    hours: [8, 12],
    description: 'Trialled the practical, prepared reagents for 120 students, and wrote the technician notes for the demonstrators.',
    learning: 'Scaling a protocol from one bench to twenty changes which steps fail; substrate stability was the weak point.',
    practice: 'Reagents are now made on the day and kept on ice, and the notes say why.',
    users: 'Students got consistent results and the demonstrators could answer questions about the method.',
    tags: ['teaching', 'practical classes', 'biochemistry'],
    mappings: [rsci('A1'), rsci('C1', 'Explained the method to demonstrators.'), rsci('D1')],
  },
  {
    title: 'COSHH assessment review for the teaching labs',
    category: 'work-based',
    hours: [3, 5],
    description: 'Reviewed and rewrote the COSHH assessments for the chemicals used in first-year practicals with the safety adviser.',
    learning: 'How to weigh exposure route and quantity, not just hazard, when choosing controls.',
    practice: 'Two practicals moved to less hazardous reagents; the rest have clearer control measures.',
    users: 'Students and staff work with lower exposure, and the assessments are easier to read.',
    tags: ['health and safety', 'COSHH'],
    mappings: [rsci('D1', 'Reviewed risk assessments.'), engtech('D1')],
  },
  {
    title: 'Institute of Science and Technology regional meeting',
    category: 'professional',
    hours: [2, 3],
    description: 'Attended the regional IST meeting: talks on technician careers and the Technician Commitment.',
    learning: 'The routes to registration and what assessors look for in a competence report.',
    practice: 'I started mapping my records to the RSciTech criteria.',
    users: 'Colleagues asked me to share what I learned at our team meeting.',
    tags: ['IST', 'registration', 'networking'],
    mappings: [rsci('E1', 'Took part in my professional body.')],
  },
  {
    title: 'Training a new technician on the plate reader',
    category: 'work-based',
    hours: [2, 4],
    description: 'Trained a new colleague on the microplate reader and its software, then observed them running a calibration.',
    learning: 'Teaching the instrument showed me which steps I do by habit without knowing why.',
    practice: 'I turned the session into a short written guide kept by the instrument.',
    users: 'The new technician could support users on their own within a week.',
    tags: ['training others', 'plate reader'],
    mappings: [rsci('C1'), rsci('C2', 'Trained and supported a colleague.'), engtech('C2')],
  },
  {
    title: 'Online course: good laboratory practice',
    category: 'self-directed',
    hours: [4, 6],
    description: 'Completed an online GLP module covering data integrity, equipment records and audit trails.',
    learning: 'Why contemporaneous, attributable records matter and how small habits break them.',
    practice: 'I moved equipment logs from loose sheets to bound, numbered logbooks.',
    users: 'Research groups can rely on the maintenance history of shared equipment.',
    tags: ['quality', 'data integrity', 'GLP'],
    mappings: [rsci('B2'), rsci('A2')],
  },
  {
    title: 'Reading: Technician Commitment progress report',
    category: 'self-directed',
    hours: [1, 2],
    description: 'Read the university’s Technician Commitment progress report and the sector summary.',
    learning: 'How technical career pathways are being recognised across the sector.',
    practice: 'I joined the department’s technician forum.',
    users: '',
    tags: ['careers', 'Technician Commitment'],
    mappings: [rsci('E1')],
  },
  {
    title: 'Cold-room temperature alarm incident review',
    category: 'work-based',
    hours: [2, 3],
    description: 'Led the review after a cold-room alarm went unanswered over a weekend, with estates and the research groups affected.',
    learning: 'Alarm escalation only works if the call list is current and tested.',
    practice: 'The call list is now checked monthly and the alarm is tested each term.',
    users: 'Research samples are better protected, and groups know who will respond.',
    tags: ['incident', 'equipment', 'communication'],
    mappings: [rsci('B1', 'Solved a practical problem with others.'), rsci('C2'), rsci('D1')],
  },
  {
    title: 'Departmental open day demonstrations',
    category: 'other',
    hours: [4, 6],
    description: 'Ran the spectroscopy demonstration stand for visiting school pupils and parents.',
    learning: 'Explaining absorbance to a twelve-year-old is harder than to a first-year.',
    practice: 'I now keep a simple colour-mixing demonstration ready for outreach.',
    users: 'Visitors saw real lab work; two pupils asked about apprenticeships.',
    tags: ['outreach', 'communication'],
    mappings: [rsci('C1', 'Explained science to a non-specialist audience.')],
  },
];

export const EMPLOYMENT = [
  {
    employer: 'University of Northmoor',
    role: 'Senior Laboratory Technician',
    department: 'School of Biosciences',
    startDate: '2021-09-01',
    description: 'Run the teaching labs for second- and third-year practicals; look after shared HPLC, plate readers and autoclaves; train new technical staff.',
  },
  {
    employer: 'Ridgeway Analytical Ltd',
    role: 'Laboratory Technician',
    department: 'Quality Control',
    startDate: '2016-06-13',
    endDate: '2021-08-27',
    description: 'Routine QC testing of raw materials under GMP; instrument calibration records.',
  },
];

export const QUALIFICATIONS = [
  { title: 'Level 3 Diploma in Laboratory Science', level: 'RQF 3', awardingBody: 'Pearson', dateAwarded: '2016-05-20' },
  { title: 'Foundation Degree in Applied Bioscience', level: 'RQF 5', awardingBody: 'Northmoor College', dateAwarded: '2019-07-12' },
];

export const SUPPORTERS = [
  { kind: 'referee' as const, name: 'Dr Kwame Mensah-Bonsu', role: 'Director of Teaching Laboratories', organisation: 'University of Northmoor', email: 'k.mensah-bonsu@northmoor.example', relationship: 'Line manager since 2021' },
  { kind: 'referee' as const, name: 'Aoife Ní Bhriain', role: 'Technical Services Manager', organisation: 'University of Northmoor', email: 'a.nibhriain@northmoor.example', relationship: 'Head of the technical team; RSciTech registrant' },
  { kind: 'supporter' as const, name: 'Jörg Weiß', role: 'QC Team Leader', organisation: 'Ridgeway Analytical Ltd', relationship: 'Former supervisor' },
];

export const STATEMENTS: readonly { frameworkId: 'sc-rscitech' | 'ukspec4-engtech'; code: string; text: string }[] = [
  {
    frameworkId: 'sc-rscitech',
    code: 'A1',
    text: 'I apply the principles behind the techniques I support. When the teaching-lab autoclave was validated, I placed the thermocouples myself and worked out why the coldest point moved with the load, then changed how we load it.',
  },
  {
    frameworkId: 'sc-rscitech',
    code: 'A2',
    text: 'I diagnose faults in analytical instruments methodically. After the HPLC troubleshooting workshop I wrote a checklist that isolates faults module by module; the next pressure alarm was fixed in an hour.',
  },
  {
    frameworkId: 'sc-rscitech',
    code: 'C1',
    text: 'I explain methods clearly to people with different backgrounds: demonstrators before a practical, a new technician at the plate reader, and school pupils at the open day.',
  },
  {
    frameworkId: 'sc-rscitech',
    code: 'D1',
    text: 'I work safely and help others to do so. I rewrote the COSHH assessments for first-year practicals with the safety adviser, which moved two practicals to less hazardous reagents.',
  },
  {
    frameworkId: 'ukspec4-engtech',
    code: 'B2',
    text: 'I maintain and validate laboratory equipment to documented procedures, including the annual autoclave validation.',
  },
];
