import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompetenceStatement } from '../../../core/model/statement';
import { clearStatementDraft, draftToRestore, readStatementDraft, writeStatementDraft } from './statement-draft';

export const AUTOSAVE_DELAY_MS = 2500;

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

interface Options {
  frameworkId: string;
  code: string;
  saved: CompetenceStatement | null;
  save: (text: string) => Promise<CompetenceStatement>;
  storage?: Storage;
  delayMs?: number;
}

/**
 * The statement text with autosave: every keystroke goes to localStorage at once; the backend gets
 * it a few seconds after typing pauses and whenever the field loses focus or the page closes. One
 * save runs at a time and the latest text always wins. The local draft is removed only once the
 * backend has acknowledged exactly that text.
 */
export function useStatementAutosave({ frameworkId, code, saved, save, storage = window.localStorage, delayMs = AUTOSAVE_DELAY_MS }: Options) {
  const [initial] = useState(() => {
    const draft = draftToRestore(readStatementDraft(storage, frameworkId, code), saved);
    return { text: draft?.text ?? saved?.text ?? '', restoredDraft: draft !== null };
  });
  const [text, setTextState] = useState(initial.text);
  const [status, setStatus] = useState<SaveStatus>(initial.restoredDraft ? { kind: 'unsaved' } : { kind: 'saved', at: saved?.updatedAt ?? null });
  const latest = useRef(initial.text);
  const acknowledged = useRef(saved?.text ?? '');
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  // The latest save function, so a caller passing a new closure each render does not restart the effects below.
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) return inFlight.current.then(() => flush());
    if (latest.current === acknowledged.current) return Promise.resolve();
    const sending = latest.current;
    if (mounted.current) setStatus({ kind: 'saving' });
    const run = saveRef.current(sending)
      .then((statement) => {
        acknowledged.current = statement.text;
        clearStatementDraft(storage, frameworkId, code, statement.text);
        if (mounted.current && latest.current === statement.text) setStatus({ kind: 'saved', at: statement.updatedAt });
        return true;
      })
      .catch((error: unknown) => {
        if (mounted.current) setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run.then(() => undefined);
    return run.then((saved) => {
      // Typed during a successful save: save the newer text too. A failed save waits for the
      // next edit, blur or "Try saving again", so a backend that keeps refusing is not hammered.
      if (saved && latest.current !== acknowledged.current && timer.current === null) return flush();
    });
  }, [storage, frameworkId, code]);

  const setText = useCallback(
    (next: string) => {
      latest.current = next;
      setTextState(next);
      writeStatementDraft(storage, frameworkId, code, next);
      setStatus({ kind: 'unsaved' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, delayMs);
    },
    [storage, frameworkId, code, delayMs, flush],
  );

  /** After a restore on the backend: the restored text is both shown and saved. */
  const replaceWithSaved = useCallback(
    (statement: CompetenceStatement) => {
      latest.current = statement.text;
      acknowledged.current = statement.text;
      setTextState(statement.text);
      clearStatementDraft(storage, frameworkId, code, readStatementDraft(storage, frameworkId, code)?.text ?? '');
      setStatus({ kind: 'saved', at: statement.updatedAt });
    },
    [storage, frameworkId, code],
  );

  // A restored draft is saved straight away.
  useEffect(() => {
    if (initial.restoredDraft) void flush();
  }, [initial.restoredDraft, flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current === acknowledged.current) return;
      void flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [flush]);

  // Leaving the screen saves what was typed; the local draft covers a save that fails.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { text, setText, status, flush, replaceWithSaved, restoredDraft: initial.restoredDraft };
}
