import type { TechfolioApiImpl } from '../../core/api/contract';
import type { ApiServices } from './services';

type SampleImpl = Pick<TechfolioApiImpl, 'getSampleState' | 'exploreSample' | 'leaveSample'>;

/** Exploring the sample portfolio and going back to the user's own, through the backend's one switch. */
export function createSampleImpl({ sample }: ApiServices): SampleImpl {
  return {
    getSampleState: async () => sample.state(),
    exploreSample: () => sample.explore(),
    leaveSample: () => sample.leave(),
  };
}
