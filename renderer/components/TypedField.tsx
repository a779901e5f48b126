import { useId, useState, type ReactNode } from 'react';
import { Label, TextField } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import { useTypedValue } from './useTypedValue';

/**
 * Why a typed field is invalid. Text that does not read speaks for itself once the field is left
 * (or the form submitted): the schema's message would only restate it. Call `leave` when the
 * field is left or a value is picked.
 */
function useTypedFieldMessage(parsed: { ok: true } | { ok: false; reason: string } | null | undefined, error: string | undefined, showErrors: boolean | undefined) {
  const [left, setLeft] = useState(false);
  const message = parsed && !parsed.ok ? (left || showErrors ? parsed.reason : undefined) : error;
  return { message, leave: () => setLeft(true) };
}

/**
 * The typed text of a field (see useTypedValue) and why it is invalid, with `frame`: the props
 * TypedField takes for them. `readAs` says what the text was read as; `hint`, what to write.
 * `choose` sets a picked value; call `leave` with it, as leaving the field would.
 */
export function useTypedField<V>({
  value,
  onChange,
  onBlur,
  read,
  textFor,
  error,
  showErrors,
  readAs,
  hint,
}: Parameters<typeof useTypedValue<V>>[0] & {
  onBlur?: (() => void) | undefined;
  error: string | undefined;
  showErrors: boolean | undefined;
  readAs: (value: V) => string;
  hint: string;
}) {
  const { text, parsed, type, choose } = useTypedValue<V>({ value, onChange, read, textFor });
  const { message, leave } = useTypedFieldMessage(parsed, error, showErrors);
  const frame = {
    text,
    onType: type,
    onLeave: () => {
      leave();
      onBlur?.();
    },
    message,
    check: parsed?.ok ? readAs(parsed.value) : hint,
    checkIsHint: !parsed?.ok,
  };
  return { parsed, choose, leave, frame };
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
