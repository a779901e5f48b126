import type { FrameworkSummary } from '../../core/frameworks/registry';

/** Only the part of the profile that says which registrations the user is aiming for. */
type Targets = { targetRegistrations: readonly { frameworkId: string }[] };

/** The user's target registrations first (in the order they set them), then the rest as the backend sorted them. */
export function targetsFirst(frameworks: FrameworkSummary[], profile: Targets | undefined): FrameworkSummary[] {
  const targets = (profile?.targetRegistrations ?? []).map((t) => t.frameworkId);
  const rank = (f: FrameworkSummary) => {
    const i = targets.indexOf(f.id);
    return i === -1 ? targets.length : i;
  };
  return frameworks.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}

export function isTarget(id: string, profile: Targets | undefined): boolean {
  return (profile?.targetRegistrations ?? []).some((t) => t.frameworkId === id);
}
