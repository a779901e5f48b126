import type { Profile } from '../model/profile';

/**
 * Professional bodies a technician is likely to name in their profile, by the short id they type
 * (ist, rsc, iet, ...), with the name printed wherever the body appears on a page.
 */
export const knownBodyNames: Readonly<Record<string, string>> = {
  ist: 'Institute of Science and Technology',
  rsc: 'Royal Society of Chemistry',
  rsb: 'Royal Society of Biology',
  iop: 'Institute of Physics',
  ibms: 'Institute of Biomedical Science',
  ipem: 'Institute of Physics and Engineering in Medicine',
  rsph: 'Royal Society for Public Health',
  ifst: 'Institute of Food Science and Technology',
  rms: 'Royal Microscopical Society',
  rps: 'Royal Pharmaceutical Society',
  bcs: 'BCS, The Chartered Institute for IT',
  iom3: 'Institute of Materials, Minerals and Mining',
  iet: 'Institution of Engineering and Technology',
  imeche: 'Institution of Mechanical Engineers',
  ice: 'Institution of Civil Engineers',
  istructe: 'Institution of Structural Engineers',
  icheme: 'Institution of Chemical Engineers',
  hcpc: 'Health and Care Professions Council',
  'science-council': 'Science Council',
  'engineering-council': 'Engineering Council',
};

/**
 * A body's name for print: the name the technician gave it in their profile, else the name we know
 * it by, else the short name they typed, in capitals as bodies write them (IST, RSC).
 */
export function bodyName(bodyId: string, profile?: Pick<Profile, 'professionalBodies'>): string {
  const id = bodyId.trim().toLowerCase();
  const own = profile?.professionalBodies.find((b) => b.bodyId.trim().toLowerCase() === id)?.name;
  return own || knownBodyNames[id] || bodyId.trim().toUpperCase();
}
