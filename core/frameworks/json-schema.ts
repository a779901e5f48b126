import { z } from 'zod';
import { Framework } from './schema';

/**
 * The JSON Schema of a framework file, generated from the zod schema so the two cannot drift
 * (a test compares it with assets/frameworks/framework.schema.json). It describes the file as
 * written ("input"), so fields with defaults are optional. Checks across fields (unique codes,
 * aliases that point at real codes) cannot be expressed in JSON Schema; the app still makes them.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Framework, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://techfolio.invalid/schemas/framework.schema.json',
    title: 'Techfolio framework file',
    description: 'A registration framework, CPD standard or career framework for Techfolio. See README.md in this folder.',
  };
}

/** The file's exact text: two-space indented JSON with a final newline. */
export const frameworkJsonSchemaText = (): string => `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`;
