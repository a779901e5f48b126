import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../services/atomic-write';

/** What the inbox remembers beside the portfolio: the folder and every file content taken (by SHA-256), never taken twice. */
const InboxStateFile = z.object({
  folder: z.string().nullable().default(null),
  taken: z
    .record(
      z.string().regex(/^[0-9a-f]{64}$/),
      z.object({ name: z.string(), at: z.string(), outcome: z.enum(['draft', 'already-evidence', 'refused']), recordId: z.string().optional() }),
    )
    .default({}),
});
export type InboxState = z.infer<typeof InboxStateFile>;

export const inboxStatePath = (dataDir: string): string => path.join(dataDir, 'inbox.json');

/** The inbox's state; a missing or unreadable file is an inbox with no folder and nothing taken. */
export async function readInboxState(dataDir: string): Promise<InboxState> {
  const text = await readFile(inboxStatePath(dataDir), 'utf8').catch(() => undefined);
  if (text === undefined) return InboxStateFile.parse({});
  try {
    const parsed = InboxStateFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : InboxStateFile.parse({});
  } catch {
    return InboxStateFile.parse({});
  }
}

export async function writeInboxState(dataDir: string, state: InboxState): Promise<void> {
  await writeFileAtomic(inboxStatePath(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}
