/** The archive's file ending (apart from the manifest's schema, so the CLI's help names it without loading zod). */
export const ARCHIVE_EXTENSION = '.techfolio';
