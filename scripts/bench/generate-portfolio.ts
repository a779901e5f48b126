import { addDays, differenceInCalendarDays, format, parseISO, subYears } from 'date-fns';
import { CpdRecord, type CpdRecordInput } from '../../core/model/cpd-record';
import { TrainingRecord, type TrainingRecordInput } from '../../core/model/training';
import { openBackend, type Backend, type BackendOptions } from '../../electron/backend';
import { CPD_TEMPLATES, EMPLOYMENT, QUALIFICATIONS, SAMPLE_HOLDER, SUPPORTERS } from '../../electron/sample/sample-content';
import { SeededRandom } from '../../electron/sample/seeded-random';
import { asciiParagraph, asciiSentence } from './bench-text';
import type { GeneratedFile } from './generate-pdfs';

/** The day every generated portfolio is built around, so the same seed gives the same content. */
export const BENCH_TODAY = '2026-11-23';
export const FRAMEWORK_ID = 'sc-rscitech';
/** RSciTech's fifteen criteria (assets/frameworks/sc-rscitech.json). */
export const RSCITECH_CODES = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2'] as const;

export interface PortfolioShape {
  cpd: number;
  training: number;
  pdfs: readonly GeneratedFile[];
  photos: readonly GeneratedFile[];
  /** Words in each competence statement. */
  statementWords?: number;
}

export interface GeneratedPortfolio {
  /** The evidence ids of the PDFs, in the order they were added. */
  pdfEvidenceIds: string[];
  photoEvidenceIds: string[];
  cpdIds: string[];
}

export const openBenchBackend = (dataDir: string, options: Pick<BackendOptions, 'startPackWorker'> = {}): Promise<Backend> =>
  openBackend({ dataDir, transport: 'cli', version: '0.0.0-bench', now: () => parseISO(`${BENCH_TODAY}T09:00:00Z`), ...options });

/** CPD records spread over the three years up to BENCH_TODAY, in the shape the UI saves. */
export function cpdInputs(count: number, seed: number, evidenceIds: readonly string[] = []): CpdRecordInput[] {
  const random = new SeededRandom(seed);
  const today = parseISO(BENCH_TODAY);
  const start = subYears(today, 3);
  const span = differenceInCalendarDays(today, start);
  return Array.from({ length: count }, (_, i) => {
    const template = random.pick(CPD_TEMPLATES);
    const date = addDays(start, Math.min(span, Math.floor((i * span) / count) + random.int(0, 3)));
    const cited = evidenceIds.length > 0 && random.chance(0.3) ? [random.pick(evidenceIds)] : [];
    return {
      title: `${template.title} (${i + 1})`,
      startDate: format(date, 'yyyy-MM-dd'),
      hours: random.int(template.hours[0] * 2, template.hours[1] * 2) / 2,
      category: template.category,
      description: `${template.description} ${asciiSentence(random, 8, 16)}`,
      reflection: {
        model: 'science-council',
        answers: { 'what-did-you-learn': template.learning, 'benefit-to-practice': template.practice, 'benefit-to-users': template.users },
      },
      tags: template.tags,
      status: random.chance(0.05) ? 'draft' : 'complete',
      evidenceIds: cited,
      mappings: template.mappings.filter((m) => m.frameworkId === FRAMEWORK_ID).map((m) => ({ frameworkId: m.frameworkId, code: m.code, note: m.note ?? '' })),
    } satisfies CpdRecordInput;
  });
}

function trainingInputs(count: number, random: SeededRandom): TrainingRecordInput[] {
  const kinds = ['radiation', 'biosafety', 'laser', 'first-aid', 'fire', 'equipment', 'other'];
  const today = parseISO(BENCH_TODAY);
  return Array.from({ length: count }, (_, i) => {
    const completed = addDays(today, -random.int(10, 5 * 365));
    return {
      course: `${asciiSentence(random, 3, 6).replace(/\.$/, '')} training ${i + 1}`,
      provider: random.pick(['University Health and Safety', 'School of Biosciences', 'St John Ambulance', 'Northmoor Training Partners']),
      completedDate: format(completed, 'yyyy-MM-dd'),
      ...(random.chance(0.5) ? { expiryDate: format(addDays(completed, random.int(365, 3 * 365)), 'yyyy-MM-dd') } : {}),
      kind: random.pick(kinds),
      notes: random.chance(0.3) ? asciiSentence(random, 6, 14) : '',
    };
  });
}

/**
 * Fills an empty data folder: profile, career, evidence files (each mapped to RSciTech criteria in
 * turn, so the pack includes them all), a statement for every RSciTech criterion, then the CPD and
 * training records in one write (adding thousands one call at a time would rewrite the whole file
 * each time and only measure the generator).
 */
export async function generatePortfolio(backend: Backend, shape: PortfolioShape, seed: number): Promise<GeneratedPortfolio> {
  const random = new SeededRandom(seed);
  const { api } = backend;
  await api.saveProfile({
    name: SAMPLE_HOLDER,
    jobTitle: 'Senior Laboratory Technician',
    employer: 'University of Northmoor',
    department: 'School of Biosciences',
    email: 's.lukasz-overgaard@northmoor.example',
    professionalBodies: [{ bodyId: 'ist', name: 'Institute of Science and Technology', membershipNumber: 'IST-123456', grade: 'Member' }],
    targetRegistrations: [{ frameworkId: FRAMEWORK_ID, viaBodyId: 'ist' }],
    cpdTargets: [{ bodyId: 'ist', amount: 30, unit: 'hours' }],
  });
  for (const job of EMPLOYMENT) await api.addEmployment(job);
  for (const q of QUALIFICATIONS) await api.addQualification(q);
  for (const s of SUPPORTERS) await api.addSupporter(s);

  const today = parseISO(BENCH_TODAY);
  const addFile = async (file: GeneratedFile, n: number, kind: string) => {
    const code = RSCITECH_CODES[n % RSCITECH_CODES.length]!;
    const added = await backend.evidence.addFromBytes(file.fileName, file.bytes, {
      title: `${kind} ${n + 1}: ${asciiSentence(random, 3, 7).replace(/\.$/, '')}`,
      date: format(addDays(today, -random.int(1, 3 * 365 - 1)), 'yyyy-MM-dd'),
      description: asciiSentence(random, 8, 20),
      mappings: [{ frameworkId: FRAMEWORK_ID, code }],
    });
    return added.item.id;
  };
  const pdfEvidenceIds: string[] = [];
  for (const [n, file] of shape.pdfs.entries()) pdfEvidenceIds.push(await addFile(file, n, 'Document'));
  const photoEvidenceIds: string[] = [];
  for (const [n, file] of shape.photos.entries()) photoEvidenceIds.push(await addFile(file, n, 'Photo'));

  const words = shape.statementWords ?? 450;
  for (const code of RSCITECH_CODES) {
    let text = '';
    while (text.split(' ').length < words) text += `${asciiParagraph(random, 4)}\n\n`;
    await api.saveStatement(FRAMEWORK_ID, code, text.trim());
  }

  const evidenceIds = [...pdfEvidenceIds, ...photoEvidenceIds];
  const cpd = cpdInputs(shape.cpd, seed + 1, evidenceIds).map((input) => CpdRecord.parse({ ...input, ...backend.portfolio.stamp() }));
  const training = trainingInputs(shape.training, random).map((input) => TrainingRecord.parse({ ...input, ...backend.portfolio.stamp() }));
  backend.portfolio.update((current) => ({ next: { ...current, cpd: [...current.cpd, ...cpd], training: [...current.training, ...training] }, result: undefined }));
  return { pdfEvidenceIds, photoEvidenceIds, cpdIds: cpd.map((r) => r.id) };
}
