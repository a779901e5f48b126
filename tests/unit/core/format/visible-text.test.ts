import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../../core/format/visible-text';

describe('visibleText', () => {
  it('writes bidirectional overrides, isolates and marks out as escapes, so a name cannot read backwards', () => {
    expect(visibleText('invoice\u202Efdp.exe')).toBe('invoice\\u202efdp.exe');
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(visibleText(all)).toBe('\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c');
  });

  it('writes C0 and C1 controls and DEL out, so a name cannot move the cursor or start a terminal command', () => {
    expect(visibleText('a\u001b[2Jb\rc\u0000d\u007fe\u0085f\u009bg')).toBe('a\\u001b[2Jb\\u000dc\\u0000d\\u007fe\\u0085f\\u009bg');
    expect(visibleText('two\nlines\tand a tab')).toBe('two\\u000alines\\u0009and a tab');
  });

  it('keeps line feeds and tabs when asked, for whole messages, and leaves every other character alone', () => {
    expect(visibleText('Wrote /tmp/x\u202E.pdf\n\tdone\n', { keepLineBreaks: true })).toBe('Wrote /tmp/x\\u202e.pdf\n\tdone\n');
    const plain = 'Zoë’s café — 日本語 עברית 📄.pdf';
    expect(visibleText(plain)).toBe(plain);
  });

  it('keeps JSON valid and its meaning unchanged', () => {
    const json = JSON.stringify({ file: 'x\u202Eyz.pdf' });
    expect(JSON.parse(visibleText(json))).toEqual({ file: 'x\u202Eyz.pdf' });
  });
});
