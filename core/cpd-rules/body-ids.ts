/** The bodies whose CPD requirement the app can check (kept apart from the schema so the CLI's help can list them without loading zod). */
export const CPD_BODY_IDS = ['science-council', 'engineering-council', 'rsb', 'iet', 'hcpc'] as const;
