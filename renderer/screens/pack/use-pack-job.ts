import { useCallback, useEffect, useRef, useState } from 'react';
import type { PackJob } from '../../../core/api/methods/pack';
import type { PackOptionsInput } from '../../../core/pack/pack-options';
import { useApi } from '../../api/api-context';

const POLL_MS = 400;

/** Starts a pack on the backend's worker and follows it until it is done, failed or cancelled. */
export function usePackJob() {
  const api = useApi();
  const [job, setJob] = useState<PackJob | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const jobId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stopPolling = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const poll = useCallback(
    async (id: string) => {
      try {
        const next = await api.getPackJob(id);
        if (jobId.current !== id) return;
        setJob(next);
        if (next.status === 'running') timer.current = setTimeout(() => void poll(id), POLL_MS);
      } catch (error) {
        if (jobId.current === id) setStartError(error instanceof Error ? error.message : String(error));
      }
    },
    [api],
  );

  const start = useCallback(
    async (options: PackOptionsInput) => {
      stopPolling();
      setStartError(null);
      setJob(null);
      try {
        const { jobId: id } = await api.startPack(options);
        jobId.current = id;
        await poll(id);
      } catch (error) {
        setStartError(error instanceof Error ? error.message : String(error));
      }
    },
    [api, poll],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    await api.cancelPack(id);
    stopPolling();
    await poll(id);
  }, [api, poll]);

  useEffect(() => stopPolling, []);

  return { job, startError, start, cancel };
}
