import type { Profile } from '../model/profile';
import type { CpdBodyId } from './schema';

// Science Council licensed bodies (their registrants follow its CPD standards).
const SCIENCE_COUNCIL_BODIES = new Set(['ist', 'rsc', 'rsb', 'iop', 'ibms', 'ipem', 'rsph', 'scienceCouncil', 'science-council', 'ifst', 'rms', 'rps', 'bcs', 'iom3', 'imm', 'soc-bio']);
// Engineering Council licensed institutions.
const ENGINEERING_BODIES = new Set(['iet', 'imeche', 'ice', 'istructe', 'iom3', 'ist', 'ipem', 'ichem', 'icheme', 'rae', 'engineering-council']);

/**
 * Which CPD rule sets apply: from the user's bodies, their CPD targets and the registrations they
 * aim for. Used by the dashboard and the appraisal summary alike.
 */
export function ruleBodiesFor(profile: Pick<Profile, 'professionalBodies' | 'targetRegistrations'> & Partial<Pick<Profile, 'cpdTargets'>>): CpdBodyId[] {
  const bodies = new Set<CpdBodyId>();
  const ids = [...profile.professionalBodies, ...(profile.cpdTargets ?? [])].map((b) => b.bodyId.toLowerCase());
  for (const id of ids) {
    if (SCIENCE_COUNCIL_BODIES.has(id)) bodies.add('science-council');
    if (id === 'rsb') bodies.add('rsb');
    if (id === 'iet') bodies.add('iet');
    if (id === 'hcpc') bodies.add('hcpc');
    if (id === 'engineering-council' || (ENGINEERING_BODIES.has(id) && id !== 'ist' && id !== 'ipem' && id !== 'iom3')) bodies.add('engineering-council');
  }
  for (const { frameworkId } of profile.targetRegistrations) {
    if (frameworkId.startsWith('sc-')) bodies.add('science-council');
    if (frameworkId.startsWith('ukspec')) bodies.add('engineering-council');
  }
  return [...bodies];
}
