import { countWords } from '../../core/text/word-count';
import { lengthLevelText, type LengthLevel } from '../../core/writing/length-limits';

/** Live words against a limit; says so in words (not only colour) when over. */
export function WordCount({ text, limit, id }: { text: string; limit?: number; id?: string }) {
  const words = countWords(text);
  const over = limit !== undefined && words > limit;
  return (
    <p id={id} className={over ? 'word-count over' : 'word-count'} aria-live="polite">
      {limit === undefined ? `${words} ${words === 1 ? 'word' : 'words'}` : `${words} of ${limit} words`}
      {over && ` (${words - limit} over the limit)`}
    </p>
  );
}

/**
 * Every length level of a statement (its own, its area's, the report's) in the body's unit, one
 * line each; a broken limit is said in words, and guidance is marked as guidance.
 */
export function LengthCount({ levels, id }: { levels: readonly LengthLevel[]; id?: string }) {
  return (
    <ul id={id} className="word-count length-count" aria-live="polite" aria-label="Length">
      {levels.map((level) => (
        <li key={`${level.scope}|${level.code ?? ''}|${level.unit}|${level.kind ?? ''}|${level.max ?? ''}`} className={level.kind === 'limit' && (level.over || level.under) ? 'over' : undefined}>
          {lengthLevelText(level)}
          {level.note && <span className="length-note"> {level.note}</span>}
          {level.source !== undefined && (
            <>
              {' '}
              <a href={level.source} target="_blank" rel="noopener noreferrer">
                Where this figure comes from (opens in your browser)
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
