import { apiMethods, type ApiMethod, type TechfolioApi, type TechfolioBridge } from './contract';
import { ApiError, ApiErrorBody, type Envelope } from './errors';

/** Turns envelopes back into values and thrown ApiErrors, so UI code reads like plain async calls. */
export function createApiClient(bridge: TechfolioBridge): TechfolioApi {
  const client: Partial<Record<ApiMethod, unknown>> = {};
  for (const method of apiMethods) {
    client[method] = async (...args: unknown[]) => {
      const call = bridge[method] as (...a: unknown[]) => Promise<Envelope<unknown>>;
      const envelope = await call(...args);
      if (envelope.ok) return envelope.value;
      const body = ApiErrorBody.safeParse(envelope.error);
      throw new ApiError(body.success ? body.data : { code: 'internal', message: 'The app sent an unreadable error.' });
    };
  }
  return client as TechfolioApi;
}

/** A bridge from any function that can carry one call and answer with an envelope. */
export function createBridge(
  send: (method: ApiMethod, args: unknown[]) => Promise<Envelope<unknown>>,
): TechfolioBridge {
  const bridge: Partial<Record<ApiMethod, unknown>> = {};
  for (const method of apiMethods) bridge[method] = (...args: unknown[]) => send(method, args);
  return bridge as TechfolioBridge;
}
