import { useId, useState, type ReactNode } from 'react';
import { Label, TextField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';

/**
 * Why a typed field is invalid. Text that does not read speaks for itself once the field is left
 * (or the form submitted): the schema's message would only restate it. Call `leave` when the
 * field is left or a value is picked.
 */
export function useTypedFieldMessage(parsed: { ok: true } | { ok: false; reason: string } | null | undefined, error: string | undefined, showErrors: boolean | undefined) {
  const [left, setLeft] = useState(false);
  const message = parsed && !parsed.ok ? (left || showErrors ? parsed.reason : undefined) : error;
  return { message, leave: () => setLeft(true) };
}

/**
 * The frame of a field typed as people write it (hours, dates): the input, beside it what the
 * text was read as (or a hint of what to write), then the description and the reason it does
 * not read. `children` is the input, with any button beside it.
 */
export function TypedField({
  name,
  label,
  description,
  isRequired,
  autoFocus,
  text,
  onType,
  onLeave,
  message,
  check,
  checkIsHint,
  children,
}: {
  name?: string | undefined;
  label: string;
  description?: string | undefined;
  isRequired?: boolean | undefined;
  autoFocus?: boolean | undefined;
  text: string;
  onType: (text: string) => void;
  onLeave: () => void;
  message: string | undefined;
  /** What the text was read as, or what to write when it has not been read. */
  check: string;
  checkIsHint: boolean;
  children: ReactNode;
}) {
  const checkId = useId();
  return (
    <TextField
      className="field"
      name={name}
      value={text}
      onChange={onType}
      onBlur={onLeave}
      isInvalid={Boolean(message)}
      isRequired={isRequired}
      autoFocus={autoFocus}
      validationBehavior="aria"
      aria-describedby={checkId}
    >
      <Label className="field-label">{label}</Label>
      <div className="typed-row">
        {children}
        <span id={checkId} className="field-check" data-hint={checkIsHint ? true : undefined}>
          {check}
        </span>
      </div>
      <FieldNotes description={description} error={message} />
    </TextField>
  );
}
