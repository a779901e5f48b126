import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SubmissionProfile } from '../../core/submission/schema';

/**
 * Reads every submission profile shipped in `<assetsDir>/submission-profiles/*.json`, in file-name
 * order; none when the folder is absent. An invalid file or a repeated id throws, naming the file:
 * it is a fault in the app's own data, and a release with it should fail its tests rather than hide
 * a body's rules.
 */
export async function loadSubmissionProfiles(assetsDir: string): Promise<SubmissionProfile[]> {
  const dir = path.join(assetsDir, 'submission-profiles');
  // An assets folder without profiles (an institution's own, a trimmed test folder) still opens:
  // the submission screen then offers none, and everything else works.
  const listed = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const names = listed.filter((name) => name.endsWith('.json')).sort();
  const profiles: SubmissionProfile[] = [];
  for (const name of names) {
    const parsed = SubmissionProfile.safeParse(JSON.parse(await readFile(path.join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`The submission profile ${name} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (profiles.some((p) => p.id === parsed.data.id)) throw new Error(`The submission profile ${name} repeats the id "${parsed.data.id}".`);
    profiles.push(parsed.data);
  }
  return profiles;
}
