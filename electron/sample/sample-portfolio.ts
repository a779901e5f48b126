import { addDays, addMonths, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { TechfolioApi } from '../../core/api/contract';
import type { EvidenceVault } from '../services/evidence-vault';
import type { PortfolioStore } from '../services/portfolio-store';
import { emptyPortfolio, type Portfolio } from '../../core/model/portfolio';
import { citedHashes } from '../services/evidence-vault';
import { CPD_TEMPLATES, EMPLOYMENT, QUALIFICATIONS, SAMPLE_HOLDER, STATEMENTS, SUPPORTERS, type CpdTemplate } from './sample-content';
import { certificatePdf, labPhotoJpeg } from './sample-files';
import { writeSampleCommitment } from './sample-commitment';
import { SeededRandom } from './seeded-random';

export interface SampleOptions {
  seed: number;
  /** YYYY-MM-DD: the sample's three years end here, and training expiries are set around it. */
  today: string;
}

export interface SampleSummary {
  cpd: number;
  training: number;
  evidence: number;
  statements: number;
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** True when nothing has been written: an empty profile and no records of any kind. */
export function isPortfolioEmpty(p: Portfolio): boolean {
  const { profile, ...lists } = p;
  return profile.name === '' && profile.jobTitle === '' && Object.values(lists).every((list) => list.length === 0);
}

/** Clears the portfolio (the caller backs it up first); files no longer cited go to the trash. */
export async function clearPortfolio(backend: { portfolio: PortfolioStore; evidence: EvidenceVault }): Promise<void> {
  const hashes = citedHashes(backend.portfolio.read());
  backend.portfolio.update(() => ({ next: emptyPortfolio(), result: undefined }));
  await backend.evidence.release(hashes);
}

/**
 * Fills an empty portfolio with three years of a university lab technician's records, through
 * the same validated calls the app uses. The same seed and day give the same content.
 */
export async function writeSamplePortfolio(backend: { api: TechfolioApi; evidence: EvidenceVault }, options: SampleOptions): Promise<SampleSummary> {
  const { api, evidence } = backend;
  const random = new SeededRandom(options.seed);
  const today = parseISO(options.today);
  const day = (offset: number) => iso(addDays(today, offset));

  await api.saveProfile({
    name: SAMPLE_HOLDER,
    preferredName: 'Siân',
    jobTitle: 'Senior Laboratory Technician',
    employer: 'University of Northmoor',
    department: 'School of Biosciences',
    email: 's.lukasz-overgaard@northmoor.example',
    professionalBodies: [{ bodyId: 'ist', name: 'Institute of Science and Technology', membershipNumber: `IST-${random.int(100000, 999999)}`, grade: 'Member' }],
    targetRegistrations: [{ frameworkId: 'sc-rscitech', viaBodyId: 'ist', targetDate: iso(addMonths(today, 6)) }],
    cpdTargets: [{ bodyId: 'ist', amount: 30, unit: 'hours' }],
  });
  for (const job of EMPLOYMENT) await api.addEmployment(job);

  // Certificates and photos first, so records can cite them.
  const certificate = async (course: string, provider: string, date: string, mappings: { frameworkId: string; code: string }[] = []) => {
    const bytes = await certificatePdf({ holder: SAMPLE_HOLDER, course, provider, date });
    const fileName = `${course.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-certificate.pdf`;
    return (await evidence.addFromBytes(fileName, bytes, { title: `${course}: certificate`, date, mappings })).item.id;
  };
  const photo = async (title: string, date: string, description: string) => {
    const bytes = await labPhotoJpeg(random);
    const fileName = `${title.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.jpg`;
    return (await evidence.addFromBytes(fileName, bytes, { title, date, description })).item.id;
  };

  const training = [
    { course: 'Ionising radiation: local rules and safe working', provider: 'University Radiation Protection Service', kind: 'radiation', completed: -3 * 365 + 30, expiry: -20 },
    { course: 'Biosafety level 2 refresher', provider: 'University Biosafety Office', kind: 'biosafety', completed: -340, expiry: 25 },
    { course: 'First aid at work', provider: 'St John Ambulance', kind: 'first-aid', completed: -3 * 365 + 50, expiry: 50 },
    { course: 'Laser safety for users', provider: 'University Health and Safety', kind: 'laser', completed: -365, expiry: 2 * 365 },
    { course: 'Fire warden', provider: 'University Estates', kind: 'fire', completed: -120, renewalMonths: 36 },
    { course: 'Manual handling', provider: 'University Health and Safety', kind: 'other', completed: -4 * 365, expiry: -100 },
    { course: 'Autoclave operator sign-off', provider: 'School of Biosciences', kind: 'equipment', completed: -2 * 365 },
  ];
  let certificates = 0;
  for (const t of training) {
    const completedDate = day(t.completed);
    const withCertificate = ['first-aid', 'biosafety', 'laser'].includes(t.kind);
    const evidenceIds = withCertificate ? [await certificate(t.course, t.provider, completedDate, [{ frameworkId: 'sc-rscitech', code: 'D1' }])] : [];
    if (withCertificate) certificates++;
    await api.addTraining({
      course: t.course,
      provider: t.provider,
      kind: t.kind,
      completedDate,
      ...(t.expiry !== undefined ? { expiryDate: day(t.expiry) } : {}),
      ...(t.renewalMonths !== undefined ? { renewalMonths: t.renewalMonths } : {}),
      evidenceIds,
      mappings: t.kind === 'equipment' ? [{ frameworkId: 'ukspec4-engtech', code: 'B1' }] : [],
    });
  }

  const qualificationCertificate = await certificate(QUALIFICATIONS[1]!.title, QUALIFICATIONS[1]!.awardingBody, QUALIFICATIONS[1]!.dateAwarded, [
    { frameworkId: 'sc-rscitech', code: 'A1' },
  ]);
  certificates++;
  await api.addQualification({ ...QUALIFICATIONS[0]! });
  await api.addQualification({ ...QUALIFICATIONS[1]!, evidenceIds: [qualificationCertificate], mappings: [{ frameworkId: 'sc-rscitech', code: 'A1' }] });

  const photos = {
    'Autoclave validation with the estates engineer': await photo('Autoclave loaded to the validated pattern', day(-200), 'The load pattern used since the validation.'),
    'Preparing the second-year practical on enzyme kinetics': await photo('Enzyme kinetics practical, bench layout', day(-400), 'One of twenty benches set for the practical.'),
    'Departmental open day demonstrations': await photo('Open day spectroscopy stand', day(-500), 'The demonstration stand before visitors arrived.'),
  } as Record<string, string>;
  const note = await api.addEvidenceNote({
    title: 'Thank-you note from the second-year module lead',
    date: day(-380),
    note: 'Thank you for the work on the enzyme practical: every group got usable data this year, which has not happened before.',
    mappings: [{ frameworkId: 'sc-rscitech', code: 'C2' }],
  });
  await api.addEvidenceLink({
    title: 'Technician Commitment: university action plan',
    date: day(-150),
    url: 'https://www.northmoor.example/technicians/commitment',
  });

  // Three years of CPD, in order; the templates come round in a seeded order.
  const order = [...CPD_TEMPLATES].map((t) => ({ t, key: random.next() })).sort((a, b) => a.key - b.key).map((x) => x.t);
  const count = 36;
  const start = addYears(today, -3);
  const span = differenceInCalendarDays(today, start);
  const cpdIds: string[] = [];
  const workshopCertificates = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const template: CpdTemplate = order[i % order.length]!;
    const date = addDays(start, Math.min(span - 1, Math.floor((i * span) / count) + random.int(0, 15)));
    const hours = random.int(template.hours[0] * 2, template.hours[1] * 2) / 2;
    const draft = i >= count - 2 || random.chance(0.06);
    const evidenceIds: string[] = [];
    const photoId = photos[template.title];
    if (photoId) evidenceIds.push(photoId);
    if (template.category === 'formal' || template.title.startsWith('Online course')) {
      const existing = workshopCertificates.get(template.title);
      const id = existing ?? (await certificate(template.title, 'Northmoor Training Partners', iso(date)));
      if (!existing) certificates++;
      workshopCertificates.set(template.title, id);
      evidenceIds.push(id);
    }
    if (template.title.startsWith('Preparing the second-year')) evidenceIds.push(note.id);
    const record = await api.addCpd({
      title: template.title,
      startDate: iso(date),
      hours,
      category: template.category,
      description: template.description,
      reflection: {
        model: 'science-council',
        answers: draft
          ? { 'what-i-did': template.learning }
          : { 'what-i-did': template.learning, 'benefit-to-practice': template.practice, 'benefit-to-users': template.users },
      },
      tags: template.tags,
      status: draft ? 'draft' : 'complete',
      evidenceIds: [...new Set(evidenceIds)],
      mappings: draft ? [] : template.mappings,
    });
    cpdIds.push(record.id);
  }

  for (const supporter of SUPPORTERS) await api.addSupporter(supporter);
  await api.addGoal({
    objective: 'Submit my RSciTech application through the IST',
    measure: 'Application sent with two referees’ support',
    targetDate: iso(addMonths(today, 6)),
    status: 'in-progress',
    cpdRecordIds: cpdIds.slice(-4),
  });
  await api.addGoal({
    objective: 'Gain evidence for criteria B3 and D2 by leading a lab move',
    measure: 'Plan and risk assessment for the move of the teaching store approved',
    targetDate: iso(addMonths(today, 9)),
    status: 'not-started',
  });
  await api.addGoal({ objective: 'Complete the HPLC troubleshooting workshop', measure: 'Certificate', targetDate: iso(addYears(today, -2)), status: 'achieved', cpdRecordIds: cpdIds.slice(0, 2) });

  for (const s of STATEMENTS) await api.saveStatement(s.frameworkId, s.code, s.text);
  await writeSampleCommitment(api, today, { openDayPhotoId: photos['Departmental open day demonstrations'] });

  return { cpd: count, training: training.length, evidence: certificates + Object.keys(photos).length + 2, statements: STATEMENTS.length };
}
