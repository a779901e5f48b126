import type { ReactNode } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  /** Extra classes for this option (e.g. the text-size choices drawn at their own size). */
  className?: string;
}

interface RadioChoiceProps<T extends string> {
  label: ReactNode;
  options: readonly RadioOption<T>[];
  /** null: nothing chosen yet. */
  value: T | null;
  onChange: (value: T) => void;
  orientation?: 'horizontal' | 'vertical';
  isDisabled?: boolean;
  className?: string;
}

/**
 * One labelled set of radio buttons: the markup every "choose one of these" in the app shares, so
 * each looks, reads aloud and moves by arrow keys the same way.
 */
export function RadioChoice<T extends string>({ label, options, value, onChange, orientation = 'vertical', isDisabled, className }: RadioChoiceProps<T>) {
  return (
    <RadioGroup
      className={className ? `field ${className}` : 'field'}
      value={value}
      // The group only offers the options given, so what comes back is one of their values.
      onChange={(picked) => onChange(picked as T)}
      orientation={orientation}
      {...(isDisabled !== undefined ? { isDisabled } : {})}
    >
      <Label className="field-label">{label}</Label>
      <div className="radio-group">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className={option.className ? `radio ${option.className}` : 'radio'}>
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
