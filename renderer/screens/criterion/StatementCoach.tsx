import { useMemo } from 'react';
import { localToday } from '../../../core/format/today';
import { coachCriterionStatement } from '../../../core/writing/criterion-coaching';
import { useCoverage, useFramework } from '../../api/use-frameworks';
import { useDebouncedValue } from '../../components/useDebouncedValue';

/** Advice follows the text once typing pauses; the editor and its autosave never wait for it. */
const SETTLE_MS = 500;

/**
 * The statement coach beside the editor: what it found, why it matters, and the sentences it is
 * about. Advice only: nothing here stops saving or making the pack.
 */
export function StatementCoach({ frameworkId, code, text }: { frameworkId: string; code: string; text: string }) {
  const framework = useFramework(frameworkId);
  const coverage = useCoverage(frameworkId);
  const settled = useDebouncedValue(text, SETTLE_MS);
  const loaded = framework.data;
  const advice = useMemo(
    () => (loaded ? coachCriterionStatement({ framework: loaded.framework, code, text: settled, coverage: coverage.data, asOf: localToday(new Date()) }) : []),
    [loaded, code, settled, coverage.data],
  );
  const empty = settled.trim() === '';

  return (
    <section className="statement-coach" aria-labelledby="coach-heading">
      <h3 id="coach-heading">Coach</h3>
      <p className="coach-summary" role="status">
        {empty ? 'Advice appears here as you write.' : advice.length === 0 ? 'No advice: this reads well.' : `${advice.length} ${advice.length === 1 ? 'suggestion' : 'suggestions'} to consider.`}
      </p>
      {advice.length > 0 && (
        <ul className="coach-advice">
          {advice.map((a, i) => (
            <li key={`${a.check}-${i}`} className="coach-item">
              <p className="coach-message">{a.message}</p>
              <p className="coach-explanation">{a.explanation}</p>
              {a.sentences.length > 0 && (
                <ul className="coach-sentences" aria-label="Sentences this is about">
                  {a.sentences.map((s) => (
                    <li key={s.start}>
                      <q>{s.text}</q>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
