import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. Set in `beforeprint` synchronously (flushSync), so a
 * print-only view (every row of a virtualised list, say) is in the page before it is laid out for
 * paper, and removed again after, so the screen never pays for it.
 */
export function usePrinting(win: Window = window): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    win.addEventListener('beforeprint', before);
    win.addEventListener('afterprint', after);
    return () => {
      win.removeEventListener('beforeprint', before);
      win.removeEventListener('afterprint', after);
    };
  }, [win]);
  return printing;
}
