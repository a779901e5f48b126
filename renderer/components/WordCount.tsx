import { countWords } from '../../core/text/word-count';

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
