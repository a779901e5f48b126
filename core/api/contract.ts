import type { z } from 'zod';
import type { Envelope } from './errors';
import { appMethods } from './methods/app';
import { commitmentMethods } from './methods/commitment';
import { cpdMethods } from './methods/cpd';
import { pathwayMethods } from './methods/pathway';
import { packMethods } from './methods/pack';
import { frameworkMethods } from './methods/frameworks';
import { profileMethods } from './methods/profile';
import { careerMethods } from './methods/career';
import { trainingMethods } from './methods/training';
import { evidenceMethods } from './methods/evidence';
import { statementMethods } from './methods/statements';
import { storageMethods } from './methods/storage';
import { transferMethods } from './methods/transfer';
import { uiEvidenceMethods } from './methods/ui-evidence';
import { madeFileMethods } from './methods/made-files';
import { suggestMethods } from './methods/suggest';
import { checklistMethods } from './methods/checklist';
import { upgradeMethods } from './methods/upgrade';
import { planMethods } from './methods/plan';
import { submissionMethods } from './methods/submission';
import { calendarMethods } from './methods/calendar';
import { appraisalMethods } from './methods/appraisal';
import { notificationMethods } from './methods/notifications';
import { sampleMethods } from './methods/sample';
import { inboxMethods } from './methods/inbox';
import { evidenceSearchMethods } from './methods/evidence-search';
import type { MethodSchema } from './methods/method-schema';
import { joinMethodTables } from './method-tables';

export { AppInfo } from './methods/app';

/**
 * The one contract between the UI and the backend: every call the UI can make, with the zod
 * schemas of what crosses the boundary. Both transports (IPC and the loopback host) parse
 * arguments with these schemas before the implementation sees them.
 */
export const apiSchema = joinMethodTables({
  appMethods,
  cpdMethods,
  packMethods,
  profileMethods,
  careerMethods,
  trainingMethods,
  evidenceMethods,
  statementMethods,
  storageMethods,
  frameworkMethods,
  transferMethods,
  uiEvidenceMethods,
  commitmentMethods,
  pathwayMethods,
  madeFileMethods,
  checklistMethods,
  upgradeMethods,
  suggestMethods,
  planMethods,
  submissionMethods,
  calendarMethods,
  appraisalMethods,
  notificationMethods,
  sampleMethods,
  inboxMethods,
  evidenceSearchMethods,
}) satisfies Record<string, MethodSchema>;

export type ApiMethod = keyof typeof apiSchema;
export const apiMethods = Object.keys(apiSchema) as ApiMethod[];

export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiSchema)[M]['args']>;
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof apiSchema)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.output<(typeof apiSchema)[M]['result']>;

/** What the UI calls. Derived from the schemas, never written by hand. */
export type TechfolioApi = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<ApiResult<M>>;
};

/** What the backend implements: it receives arguments already parsed by the contract. */
export type TechfolioApiImpl = {
  [M in ApiMethod]: (...args: ApiParsedArgs<M>) => Promise<ApiResult<M>>;
};

/** What a transport exposes on window: the same methods, answering with envelopes. */
export type TechfolioBridge = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<Envelope<ApiResult<M>>>;
};

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiSchema, name);
}

/** The IPC channel for a method; one place so the preload and the main process agree. */
export const ipcChannel = (method: ApiMethod): string => `techfolio:${method}`;
