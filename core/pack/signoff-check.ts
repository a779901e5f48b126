import type { Framework } from '../frameworks/schema';
import type { Portfolio } from '../model/portfolio';
import { planPack } from './pack-plan';
import { shownStatements } from './supporter-brief';
import { criterionTextHash, shortFingerprint } from './statements-fingerprint';
import type { SignoffChange, SignoffCheck } from './signoff-check-schema';

export { SignoffChange, SignoffCheck } from './signoff-check-schema';

/**
 * Compares the statements now with those a brief showed, criterion by criterion, from the hashes
 * kept when the brief was made. `fingerprintHex` is the short fingerprint read back (lower-case hex,
 * no dashes): a brief matches when its full SHA-256 starts with it.
 */
export async function checkSignoff(
  portfolio: Portfolio,
  frameworkOf: (id: string) => Framework | undefined | Promise<Framework | undefined>,
  fingerprintHex: string,
  readFrom: SignoffCheck['readFrom'],
): Promise<SignoffCheck> {
  const fingerprint = shortFingerprint(fingerprintHex);
  const brief = [...portfolio.supporterBriefs].reverse().find((b) => b.fingerprint.startsWith(fingerprintHex));
  const framework = brief ? await frameworkOf(brief.frameworkId) : undefined;
  if (!brief || !framework) return { status: 'unknown', fingerprint, readFrom, ...(brief ? { frameworkId: brief.frameworkId } : {}), changes: [] };

  const plan = planPack(portfolio, framework, {});
  const now = shownStatements(plan);
  const headings = new Map(plan.criteria.map((c) => [c.criterion.code, c.wording.heading]));
  const then = new Map(brief.criteria.map((c) => [c.code, c.textSha256]));
  const changes: SignoffChange[] = [];
  for (const s of now) {
    const before = then.get(s.code);
    const hash = await criterionTextHash(framework.id, s.code, s.text);
    if (before === undefined) {
      if (s.text) changes.push({ code: s.code, heading: headings.get(s.code) ?? s.code, change: 'added' });
    } else if (before !== hash) {
      changes.push({ code: s.code, heading: headings.get(s.code) ?? s.code, change: s.text ? 'edited' : 'removed' });
    }
  }
  // A criterion the brief showed that the framework no longer has: its statement is no longer in the application.
  for (const code of then.keys()) if (!headings.has(code)) changes.push({ code, heading: code, change: 'removed' });
  return {
    status: changes.length === 0 ? 'unchanged' : 'changed',
    fingerprint,
    readFrom,
    frameworkId: brief.frameworkId,
    ...(brief.supporterId ? { supporterId: brief.supporterId } : {}),
    madeOn: brief.madeOn,
    changes,
  };
}
