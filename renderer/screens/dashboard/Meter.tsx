import { Label, Meter as AriaMeter } from 'react-aria-components';

/** A labelled bar with its value in words, so the figure never depends on the bar alone. */
export function Meter({ label, value, maxValue, valueText }: { label: string; value: number; maxValue: number; valueText: string }) {
  return (
    <AriaMeter className="meter" value={Math.min(value, maxValue)} maxValue={maxValue} valueLabel={valueText}>
      {({ percentage }) => (
        <>
          <div className="meter-label">
            <Label className="field-label">{label}</Label>
            <span className="meter-value">{valueText}</span>
          </div>
          <div className="meter-track">
            <div className="meter-fill" style={{ width: `${percentage}%` }} />
          </div>
        </>
      )}
    </AriaMeter>
  );
}
