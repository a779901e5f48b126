import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { Framework } from '../../../../core/frameworks/schema';
import { Portfolio } from '../../../../core/model/portfolio';
import { checkByReading, type EvidenceCheck, type EvidenceSource } from '../../../../core/pack/evidence-source';
import type { FontBytes } from '../../../../core/pack/pack-document';

const root = path.resolve(import.meta.dirname, '../../../..');

export const loadFonts = (): FontBytes => ({
  regular: readFileSync(path.join(root, 'assets/fonts/DejaVuSans.ttf')),
  bold: readFileSync(path.join(root, 'assets/fonts/DejaVuSans-Bold.ttf')),
});

export const loadFramework = (id = 'sc-rscitech'): Framework => Framework.parse(JSON.parse(readFileSync(path.join(root, `assets/frameworks/${id}.json`), 'utf8')));

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Evidence bytes served from memory, as the vault serves them from disk. */
export class MapEvidence implements EvidenceSource {
  readonly files = new Map<string, Uint8Array>();
  add(bytes: Uint8Array): string {
    const hash = sha256(bytes);
    this.files.set(hash, bytes);
    return hash;
  }
  async read(hash: string): Promise<Uint8Array | null> {
    return this.files.get(hash) ?? null;
  }
  check(hash: string): Promise<EvidenceCheck> {
    return checkByReading(this, hash);
  }
}

/** A small PDF whose pages say "<text> page N", so the pack's text shows where they went. */
export async function makePdf(text: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`${text} page ${i}`, { x: 60, y: 700, size: 18, font });
  return doc.save();
}

const stamp = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
let next = 0;
const id = (prefix: string) => `${prefix}-${String(++next).padStart(6, '0')}`;

export interface FileEvidence {
  title: string;
  bytes: Uint8Array;
  mediaType: string;
  originalName: string;
  codes: string[];
  date?: string;
}

/** A technician's portfolio with names that need more than WinAnsi (Ł, ø, ŵ), statements and CPD. */
export function makePortfolio(evidence: MapEvidence, files: FileEvidence[] = [], frameworkId = 'sc-rscitech'): Portfolio {
  return Portfolio.parse({
    profile: {
      name: 'Łukasz Bjørn Ŵyn',
      jobTitle: 'Senior Laboratory Technician',
      employer: 'University of Caerdydd',
      email: 'lukasz@example.ac.uk',
      professionalBodies: [{ bodyId: 'ist', name: 'Institute of Science and Technology', membershipNumber: 'M12345', grade: 'Member' }],
      targetRegistrations: [{ frameworkId, viaBodyId: 'ist' }],
    },
    employment: [{ ...stamp, id: id('job'), employer: 'University of Caerdydd', role: 'Senior Laboratory Technician', startDate: '2019-09-01', description: 'Running the teaching laboratories for 400 first-year students.' }],
    qualifications: [{ ...stamp, id: id('qual'), title: 'BTEC Level 3 Applied Science', level: 'RQF 3', awardingBody: 'Pearson', dateAwarded: '2015-07-01' }],
    cpd: [
      { ...stamp, id: id('cpd'), title: 'Autoclave validation course', startDate: '2025-03-25', hours: 6, category: 'formal', reflection: { model: 'free', answers: { text: 'I now check the load probe before every cycle.' } } },
      { ...stamp, id: id('cpd'), title: 'Mentoring Siân, a new apprentice', startDate: '2025-05-02', hours: 10, category: 'work-based' },
      { ...stamp, id: id('cpd'), title: 'Reading on freezer alarms', startDate: '2018-01-10', hours: 2, category: 'self-directed' },
    ],
    training: [{ ...stamp, id: id('trn'), course: 'Radiation safety', provider: 'RPA Cymru', completedDate: '2024-02-01', renewalMonths: 36, kind: 'radiation' }],
    supporters: [{ ...stamp, id: id('sup'), name: 'Zoë Ørsted', role: 'Laboratory Manager', organisation: 'University of Caerdydd', email: 'zoe@example.ac.uk' }],
    statements: [
      { frameworkId, code: 'A1', text: 'I validated the autoclave cycle for the teaching labs. Knowing how steam penetration works, I moved the probe to the slowest-heating point.', updatedAt: stamp.updatedAt },
      { frameworkId, code: 'B1', text: 'I planned the freezer move with Bjørn and Siân.', updatedAt: stamp.updatedAt },
    ],
    evidence: files.map((f) => ({
      ...stamp,
      id: id('ev'),
      kind: 'file',
      title: f.title,
      date: f.date ?? '2025-04-01',
      file: { sha256: evidence.add(f.bytes), size: f.bytes.length, mediaType: f.mediaType, originalName: f.originalName },
      mappings: f.codes.map((code) => ({ frameworkId, code })),
    })),
  });
}
