import type { ReactNode } from 'react';
import { ProgressBar as AriaProgressBar } from 'react-aria-components';

/**
 * The one progress bar: words above a track. Without a `value` it is indeterminate (a sliding
 * fill); `showValue` adds the percentage after the words.
 */
export function ProgressBar({ label, text, value, maxValue = 100, showValue = false }: { label: string; text: ReactNode; value?: number; maxValue?: number; showValue?: boolean }) {
  const indeterminate = value === undefined;
  return (
    <AriaProgressBar className="progress" aria-label={label} isIndeterminate={indeterminate} value={value ?? 0} maxValue={maxValue}>
      {({ percentage, valueText }) => (
        <>
          <span>
            {text}
            {showValue && ` ${valueText ?? ''}`}
          </span>
          <div className="progress-track">
            <div className={indeterminate ? 'progress-fill indeterminate' : 'progress-fill'} style={indeterminate ? undefined : { width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </AriaProgressBar>
  );
}
