import { TrainingRecord, TrainingRecordInput } from '../../model/training';
import type { MethodSchema } from './method-schema';
import { recordMethods } from './record-methods';

const training = recordMethods(TrainingRecordInput, TrainingRecord, 'training');

export const trainingMethods = {
  listTraining: training.list,
  addTraining: training.add,
  updateTraining: training.update,
  deleteTraining: training.delete,
} satisfies Record<string, MethodSchema>;
