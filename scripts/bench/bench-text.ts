import type { SeededRandom } from '../../electron/sample/seeded-random';

/**
 * Words a technician's records use, all ASCII so the same text can be drawn in a standard PDF
 * font (WinAnsi) for the layout baseline.
 */
const WORDS = (
  'autoclave validation thermocouple load pattern sterilising cycle printout record calibration HPLC pressure fault baseline ' +
  'module checklist practical reagents students demonstrators substrate stability protocol COSHH assessment exposure controls ' +
  'safety adviser hazard training colleague plate reader software guide instrument maintenance logbook audit data integrity ' +
  'equipment cold-room alarm escalation research samples spectroscopy absorbance outreach pupils apprenticeships microscope ' +
  'centrifuge pipette fume cupboard waste disposal inventory order supplier quality procedure laboratory technician department ' +
  'workshop course reflection learning practice benefit users team meeting report method result analysis sample preparation ' +
  'buffer solution concentration dilution standard curve measurement uncertainty repeatability schedule booking induction ' +
  'the a and of to in for with on by from as that this which was were is are we I my our their it they'
).split(' ');

export function asciiWords(random: SeededRandom, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(random.pick(WORDS));
  return out.join(' ');
}

/** A sentence of min to max words, capitalised, with a full stop. */
export function asciiSentence(random: SeededRandom, min: number, max: number): string {
  const words = asciiWords(random, random.int(min, max));
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

export function asciiParagraph(random: SeededRandom, sentences: number): string {
  return Array.from({ length: sentences }, () => asciiSentence(random, 8, 20)).join(' ');
}
