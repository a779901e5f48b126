import { useState } from 'react';
import type { Parsed } from '../../core/format/parsed';

/**
 * The text a person types into a field that stores something else (an ISO date, a number of
 * hours). The field keeps the text exactly as typed; the form gets the value it reads as, or the
 * text itself when it does not read, so the schema refuses it and nothing typed is lost; an empty
 * field gives undefined. A value set from outside (a reset, a restored draft) replaces the text.
 */
export function useTypedValue<T>({
  value,
  onChange,
  read,
  textFor,
}: {
  value: unknown;
  onChange: (next: T | string | undefined) => void;
  read: (text: string) => Parsed<T>;
  textFor: (value: unknown) => string;
}) {
  const [text, setText] = useState(() => textFor(value));
  // The value last passed in, and the last value this field gave the form. A new value that is
  // not the one given came from outside. Comparing with the value passed in, not only the one
  // given, matters because a form may not pass the new value back at all (react-hook-form keeps
  // showing a field's first value after it is set to undefined).
  const [seen, setSeen] = useState<unknown>(value);
  const [given, setGiven] = useState<unknown>(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (!Object.is(value, given)) {
      setGiven(value);
      setText(textFor(value));
    }
  }

  const parsed = text.trim() === '' ? undefined : read(text);
  const type = (next: string) => {
    const reading = next.trim() === '' ? undefined : read(next);
    const stored = reading === undefined ? undefined : reading.ok ? reading.value : next;
    setText(next);
    setGiven(stored);
    onChange(stored);
  };
  /** Sets the text and the value together, as a calendar pick does. */
  const choose = (stored: T, shown: string) => {
    setText(shown);
    setGiven(stored);
    onChange(stored);
  };
  return { text, parsed, type, choose };
}
