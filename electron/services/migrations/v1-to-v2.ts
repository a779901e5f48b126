/**
 * Version 1, the first format on disk, held only CPD records: { cpd: [{ id, title, startDate,
 * hours, createdAt, updatedAt }] }. Version 2 is the whole portfolio. Every field a version 1
 * record had is kept; the fields it lacked get the values version 2 gives new records.
 */
export function migrateV1ToV2(v1: Record<string, unknown>): Record<string, unknown> {
  const records = Array.isArray(v1.cpd) ? v1.cpd : [];
  const cpd = records.map((record: unknown) => {
    const r = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
    return {
      description: '',
      reflection: { model: 'science-council', answers: {} },
      outcomes: '',
      tags: [],
      status: 'complete',
      evidenceIds: [],
      mappings: [],
      ...r,
    };
  });
  return {
    ...v1,
    schemaVersion: 2,
    profile: { name: '', preferredName: '', jobTitle: '', employer: '', department: '', email: '', professionalBodies: [], targetRegistrations: [], cpdTargets: [] },
    employment: [],
    qualifications: [],
    cpd,
    training: [],
    evidence: [],
    statements: [],
    supporters: [],
    goals: [],
  };
}
