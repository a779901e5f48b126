import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';

/**
 * Copies the statement for pasting into an online form. The desktop app may deny the clipboard:
 * then the text is shown selected in a read-only box and the user is told to press Ctrl+C.
 */
export function CopyPlainText({ text, label = 'Copy as plain text' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state === 'manual') {
      box.current?.focus();
      box.current?.select();
    }
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="copy-plain">
      <Button className="button" onPress={() => void copy()} isDisabled={text.trim() === ''}>
        {label}
      </Button>
      <span role="status" className="copy-status">
        {state === 'copied' && 'Copied. Paste it into the application form.'}
        {state === 'manual' && 'The text is selected below: press Ctrl+C (or ⌘C on a Mac) to copy it.'}
      </span>
      {state === 'manual' && (
        <div className="field">
          <label htmlFor="copy-plain-box">Statement as plain text</label>
          <textarea id="copy-plain-box" ref={box} readOnly value={text} rows={6} onBlur={() => setState('idle')} />
        </div>
      )}
    </div>
  );
}
