import type { TechfolioApiImpl } from '../../core/api/contract';
import type { profileMethods } from '../../core/api/methods/profile';
import { Profile } from '../../core/model/profile';
import { assertIdsExist } from './record-collection';
import type { ApiServices } from './services';

type ProfileImpl = Pick<TechfolioApiImpl, keyof typeof profileMethods>;

export function createProfileImpl({ portfolio }: ApiServices): ProfileImpl {
  return {
    getProfile: async () => portfolio.read().profile,
    saveProfile: async (profile) =>
      portfolio.update((current) => {
        const saved = Profile.parse(profile);
        assertIdsExist(saved.targetRegistrations.flatMap((r) => (r.nominatedSupporterId ? [r.nominatedSupporterId] : [])), current.supporters, 'nominated supporter');
        return { next: { ...current, profile: saved }, result: saved };
      }),
  };
}
