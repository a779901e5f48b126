import { z } from 'zod';

/**
 * The 14 roles of CRediT, the Contributor Roles Taxonomy (NISO Z39.104-2022,
 * https://credit.niso.org/), which journals use to say who did what on a research output. The
 * descriptions are short summaries in our own words.
 */
export const CREDIT_ROLES = [
  { id: 'conceptualization', label: 'Conceptualization', description: 'Ideas; forming the overall research goals and aims.' },
  { id: 'data-curation', label: 'Data curation', description: 'Annotating, cleaning and maintaining research data for use and reuse.' },
  { id: 'formal-analysis', label: 'Formal analysis', description: 'Statistical, mathematical or computational analysis of the data.' },
  { id: 'funding-acquisition', label: 'Funding acquisition', description: 'Getting the funding for the project that led to the output.' },
  { id: 'investigation', label: 'Investigation', description: 'Carrying out the experiments or collecting the data.' },
  { id: 'methodology', label: 'Methodology', description: 'Developing or designing methods; creating models.' },
  { id: 'project-administration', label: 'Project administration', description: 'Managing and coordinating the planning and running of the research.' },
  { id: 'resources', label: 'Resources', description: 'Providing instruments, samples, materials, equipment or other analysis tools.' },
  { id: 'software', label: 'Software', description: 'Programming and software development; testing code.' },
  { id: 'supervision', label: 'Supervision', description: 'Oversight and leadership of the research, including mentoring.' },
  { id: 'validation', label: 'Validation', description: 'Checking that results and experiments can be reproduced.' },
  { id: 'visualization', label: 'Visualization', description: 'Preparing figures and other presentations of the data.' },
  { id: 'writing-original-draft', label: 'Writing – original draft', description: 'Writing the first draft of the published work.' },
  { id: 'writing-review-editing', label: 'Writing – review & editing', description: 'Critical review, commentary or revision of the work.' },
] as const;

export type CreditRole = (typeof CREDIT_ROLES)[number];

export const CreditRoleId = z.enum(CREDIT_ROLES.map((r) => r.id) as [CreditRole['id'], ...CreditRole['id'][]], {
  error: 'Choose one of the 14 CRediT roles.',
});
export type CreditRoleId = z.infer<typeof CreditRoleId>;

export const creditRoleLabel = (id: string): string => CREDIT_ROLES.find((r) => r.id === id)?.label ?? id;
