import type { TechfolioApiImpl } from '../../core/api/contract';
import type { trainingMethods } from '../../core/api/methods/training';
import { TrainingRecord } from '../../core/model/training';
import { checkEvidenceIds, recordCollection } from './record-collection';
import type { ApiServices } from './services';

type TrainingImpl = Pick<TechfolioApiImpl, keyof typeof trainingMethods>;

export function createTrainingImpl({ portfolio }: ApiServices): TrainingImpl {
  const training = recordCollection(portfolio, 'training record', {
    get: (p) => p.training,
    set: (p, training) => ({ ...p, training }),
    schema: TrainingRecord,
    check: checkEvidenceIds,
  });
  return {
    listTraining: training.list,
    addTraining: training.add,
    updateTraining: training.update,
    deleteTraining: training.delete,
  };
}
